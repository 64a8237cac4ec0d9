/**
 * Help requests (12351 诉求): a worker asks for help with unpaid wages, a contract, an
 * injury, social insurance, hardship or a legal question. The request goes to the union
 * of the worker's membership, else to the city union of the city the worker chose; an
 * organizer of that unit or above accepts it (受理), answers, transfers it to another unit
 * with a reason (转办, 精准分流) or closes it with an outcome (办结), and the worker rates the
 * handling once (评价). Every step is a row of the request's timeline, and the steps the
 * worker should know of send a subscribe message. A request nobody accepts in time
 * escalates to the unit above, once, by one conditional UPDATE that replicas cannot both
 * win.
 *
 * <p>
 * {@code HelpRequestReading} decides who sees a request and its phone, and owns the lists
 * and the report; {@code HelpRequests} keeps the rules of every step;
 * {@code HelpRequestEscalation} is the job.
 */
package cn.zjgh.portal.help;
