package cn.zjgh.portal.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTests {

	@Test
	void encodesAndDecodesKeysIncludingChineseAndSeparators() {
		Cursor cursor = Cursor.of("杭州市总工会|x", 42L, "");

		Cursor decoded = Cursor.decode(cursor.encode());

		assertThat(decoded.keys()).containsExactly("杭州市总工会|x", "42", "");
		assertThat(decoded.longKey(1)).isEqualTo(42L);
		assertThat(cursor.encode()).doesNotContain("=", "+", "/");
	}

	@Test
	void refusesTokensItDidNotMake() {
		assertThatThrownBy(() -> Cursor.decode("!!")).isInstanceOf(DomainException.class).hasMessageContaining("after");
		assertThatThrownBy(() -> Cursor.decode("aGVsbG8")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> Cursor.of("a").longKey(0)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> Cursor.of("a").key(1)).isInstanceOf(DomainException.class);
	}

	@Test
	void pageRequestDefaultsToTwentyAndRefusesMoreThanFifty() {
		assertThat(PageRequest.of(null, null).size()).isEqualTo(20);
		assertThat(PageRequest.of(50, "").hasCursor()).isFalse();
		assertThat(PageRequest.of(5, null).fetchSize()).isEqualTo(6);
		assertThatThrownBy(() -> PageRequest.of(51, null)).hasMessageContaining("between 1 and 50");
		assertThatThrownBy(() -> PageRequest.of(-1, null)).hasMessageContaining("between 1 and 50");
	}

}
