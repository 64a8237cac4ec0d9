package cn.zjgh.portal.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.zjgh.portal.event.SignUpQuestion.SignUpQuestionKind;
import cn.zjgh.portal.shared.DomainException;

/** The rules of sign-up questions and answers: pure, so they are tested directly. */
final class SignUpForm {

	static final int MAX_QUESTIONS = 5;

	static final int MAX_LABEL = 30;

	static final int MAX_OPTIONS = 10;

	static final int MAX_OPTION = 20;

	static final int MAX_TEXT_ANSWER = 100;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SignUpForm() {
	}

	static List<SignUpQuestion> questionsOf(Event event) {
		return JSON.readValue(event.getQuestions(), new TypeReference<List<SignUpQuestion>>() {
		});
	}

	static List<SignUpAnswer> answersOf(Registration registration) {
		return JSON.readValue(registration.getAnswers(), new TypeReference<List<SignUpAnswer>>() {
		});
	}

	static String toJson(List<?> items) {
		return JSON.writeValueAsString(items);
	}

	/** Numbers the questions q1…q5 and checks their shape. */
	static List<SignUpQuestion> define(List<EventInputs.SignUpQuestionInput> inputs) {
		if (inputs == null) {
			return List.of();
		}
		if (inputs.size() > MAX_QUESTIONS) {
			throw DomainException.badInput("questions", "at most " + MAX_QUESTIONS + " questions");
		}
		List<SignUpQuestion> questions = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			EventInputs.SignUpQuestionInput input = inputs.get(i);
			String label = (input.label() != null) ? input.label().strip() : "";
			if (label.isEmpty() || label.length() > MAX_LABEL) {
				throw DomainException.badInput("questions",
						"question " + (i + 1) + " needs a label of 1 to " + MAX_LABEL + " characters");
			}
			List<String> options = (input.options() != null)
					? input.options().stream().map(String::strip).distinct().toList() : List.of();
			if (input.kind() == SignUpQuestionKind.CHOICE && (options.size() < 2 || options.size() > MAX_OPTIONS
					|| options.stream().anyMatch((option) -> option.isEmpty() || option.length() > MAX_OPTION))) {
				throw DomainException.badInput("questions", "question " + (i + 1) + " needs 2 to " + MAX_OPTIONS
						+ " distinct options of 1 to " + MAX_OPTION + " characters");
			}
			if (input.kind() == SignUpQuestionKind.TEXT && !options.isEmpty()) {
				throw DomainException.badInput("questions",
						"question " + (i + 1) + " is free text and takes no options");
			}
			questions.add(new SignUpQuestion("q" + (i + 1), label, input.kind(), Boolean.TRUE.equals(input.required()),
					options));
		}
		return questions;
	}

	/** Checks the answers against the questions; returns them in question order. */
	static List<SignUpAnswer> answer(List<SignUpQuestion> questions, List<EventInputs.SignUpAnswerInput> given) {
		Map<String, String> byQuestion = new LinkedHashMap<>();
		Set<String> known = new HashSet<>();
		questions.forEach((question) -> known.add(question.id()));
		for (EventInputs.SignUpAnswerInput answer : (given != null) ? given
				: List.<EventInputs.SignUpAnswerInput>of()) {
			if (!known.contains(answer.questionId())) {
				throw DomainException.badInput("answers", "the event has no question " + answer.questionId());
			}
			if (byQuestion.put(answer.questionId(), (answer.value() != null) ? answer.value().strip() : "") != null) {
				throw DomainException.badInput("answers", "question " + answer.questionId() + " is answered twice");
			}
		}
		List<SignUpAnswer> answers = new ArrayList<>();
		for (SignUpQuestion question : questions) {
			String value = byQuestion.getOrDefault(question.id(), "");
			if (value.isEmpty()) {
				if (question.required()) {
					throw DomainException.badInput("answers", "请填写「" + question.label() + "」");
				}
				continue;
			}
			if (question.kind() == SignUpQuestionKind.CHOICE && !question.options().contains(value)) {
				throw DomainException.badInput("answers", "「" + question.label() + "」请从选项中选择");
			}
			if (value.length() > MAX_TEXT_ANSWER) {
				throw DomainException.badInput("answers", "「" + question.label() + "」最多 " + MAX_TEXT_ANSWER + " 个字");
			}
			answers.add(new SignUpAnswer(question.id(), question.label(), value));
		}
		return answers;
	}

}
