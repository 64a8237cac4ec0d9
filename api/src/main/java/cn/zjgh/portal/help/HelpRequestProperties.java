package cn.zjgh.portal.help;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadlines of help requests.
 *
 * @param acceptWithin how long a unit has to accept a request it holds; a request still
 * waiting after that escalates to the unit above, once
 * @param escalationInterval how often the escalation job looks for overdue requests
 */
@ConfigurationProperties("portal.help-requests")
record HelpRequestProperties(@DefaultValue("24h") Duration acceptWithin,
		@DefaultValue("1m") Duration escalationInterval) {

}
