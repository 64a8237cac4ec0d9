package cn.zjgh.portal.story;

import cn.zjgh.portal.wechat.MiniProgramCodes;

import org.springframework.stereotype.Component;

/** Mini-program codes that open a story's page. */
@Component
class ShareCodes {

	private final MiniProgramCodes codes;

	ShareCodes(MiniProgramCodes codes) {
		this.codes = codes;
	}

	/** Only a published story has a code; nobody can open a draft from one. */
	String of(Story story) {
		return story.isPublished() ? this.codes.dataUrl("pages/stories/detail", "s=" + story.getId()) : null;
	}

}
