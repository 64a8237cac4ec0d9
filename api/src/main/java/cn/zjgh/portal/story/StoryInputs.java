package cn.zjgh.portal.story;

import java.util.List;

import cn.zjgh.portal.shared.ImageUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Inputs and payloads of the story operations, as the schema names them. */
final class StoryInputs {

	private StoryInputs() {
	}

	record StoryFilter(Long craftsmanId, @Size(max = 20) String tag, @Size(max = 50) String keyword, Long orgUnitId) {
	}

	record CreateStoryInput(@NotNull Long authorOrgUnitId, @NotBlank @Size(max = 100) String title,
			@NotBlank @Size(max = 300) String summary, @NotBlank @Size(max = 20000) String body,
			@ImageUrl @Size(max = 500) String coverUrl, @Size(max = 10) List<@NotBlank @Size(max = 20) String> tags,
			@NotEmpty @Size(max = 10) List<Long> craftsmanIds) {
	}

	record UpdateStoryInput(@NotNull Long id, @Size(min = 1, max = 100) String title,
			@Size(min = 1, max = 300) String summary, @Size(min = 1, max = 20000) String body,
			@ImageUrl @Size(max = 500) String coverUrl, @Size(max = 10) List<@NotBlank @Size(max = 20) String> tags,
			@Size(min = 1, max = 10) List<Long> craftsmanIds) {
	}

	record IdInput(@NotNull Long id) {
	}

	record RejectStoryInput(@NotNull Long id, @NotBlank @Size(max = 200) String reason) {
	}

	record StoryRef(@NotNull Long storyId) {
	}

	record CommentOnStoryInput(@NotNull Long storyId, @NotBlank @Size(max = 500) String text) {
	}

	record StoryPayload(Story story) {
	}

	record CommentPayload(StoryComment comment) {
	}

}
