package cn.zjgh.portal.event;

import java.util.Collections;
import java.util.List;

import cn.zjgh.portal.event.EventInputs.SignUpAnswerInput;
import cn.zjgh.portal.event.EventInputs.SignUpQuestionInput;
import cn.zjgh.portal.event.SignUpQuestion.SignUpQuestionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignUpFormTests {

	private final List<SignUpQuestion> questions = SignUpForm
		.define(List.of(new SignUpQuestionInput(" 所在单位 ", SignUpQuestionKind.TEXT, true, null),
				new SignUpQuestionInput("是否用餐", SignUpQuestionKind.CHOICE, false, List.of("是", "否"))));

	@Test
	void questionsAreNumberedAndTrimmed() {
		assertThat(this.questions).extracting(SignUpQuestion::id).containsExactly("q1", "q2");
		assertThat(this.questions.get(0).label()).isEqualTo("所在单位");
	}

	@Test
	void questionShapesAreChecked() {
		assertThatThrownBy(() -> SignUpForm
			.define(Collections.nCopies(6, new SignUpQuestionInput("问题", SignUpQuestionKind.TEXT, false, null))))
			.hasMessageContaining("at most 5");
		assertThatThrownBy(() -> SignUpForm
			.define(List.of(new SignUpQuestionInput("尺码", SignUpQuestionKind.CHOICE, true, List.of("M")))))
			.hasMessageContaining("2 to 10");
		assertThatThrownBy(
				() -> SignUpForm.define(List.of(new SignUpQuestionInput(" ", SignUpQuestionKind.TEXT, true, null))))
			.hasMessageContaining("label");
	}

	@Test
	void answersFollowTheQuestions() {
		assertThat(SignUpForm.answer(this.questions, List.of(new SignUpAnswerInput("q1", " 杭州 "))))
			.containsExactly(new SignUpAnswer("q1", "所在单位", "杭州"));
		assertThatThrownBy(() -> SignUpForm.answer(this.questions, List.of())).hasMessageContaining("请填写「所在单位」");
		assertThatThrownBy(() -> SignUpForm.answer(this.questions,
				List.of(new SignUpAnswerInput("q1", "杭州"), new SignUpAnswerInput("q2", "也许"))))
			.hasMessageContaining("请从选项中选择");
		assertThatThrownBy(() -> SignUpForm.answer(this.questions, List.of(new SignUpAnswerInput("q9", "x"))))
			.hasMessageContaining("no question q9");
		assertThatThrownBy(
				() -> SignUpForm.answer(this.questions, List.of(new SignUpAnswerInput("q1", "长".repeat(101)))))
			.hasMessageContaining("100");
	}

	@Test
	void csvCellsAreQuotedAndFormulasDefused() {
		assertThat(AttendeeExport.cell("普通")).isEqualTo("普通");
		assertThat(AttendeeExport.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(AttendeeExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(AttendeeExport.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(AttendeeExport.cell(null)).isEmpty();
	}

}
