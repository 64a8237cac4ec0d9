package cn.zjgh.portal.craftsman;

/** An honour and the year it was awarded (null when unknown). */
public record HonourAward(Honour honour, Integer year) {

	static HonourAward parse(String stored) {
		int colon = stored.indexOf(':');
		Honour honour = Honour.valueOf((colon < 0) ? stored : stored.substring(0, colon));
		Integer year = (colon < 0) ? null : Integer.valueOf(stored.substring(colon + 1));
		return new HonourAward(honour, year);
	}

}
