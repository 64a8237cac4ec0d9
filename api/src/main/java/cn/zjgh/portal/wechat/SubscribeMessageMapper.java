package cn.zjgh.portal.wechat;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SubscribeMessageMapper {

	void insert(@Param("userId") long userId, @Param("template") String template, @Param("page") String page,
			@Param("data") String dataJson);

	/** Pending messages, oldest first, locked; rows another replica holds are skipped. */
	List<PendingMessage> lockPending(@Param("limit") int limit);

	void markSent(@Param("id") long id);

	void markRefused(@Param("id") long id, @Param("errorCode") int errorCode);

	/**
	 * Counts a failed attempt; the message stays PENDING until it has failed
	 * {@code maxAttempts} times.
	 */
	void markAttemptFailed(@Param("id") long id, @Param("errorCode") int errorCode,
			@Param("maxAttempts") int maxAttempts);

	record PendingMessage(long id, String openid, String template, String page, String data) {
	}

}
