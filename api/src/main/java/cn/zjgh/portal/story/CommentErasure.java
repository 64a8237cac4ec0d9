package cn.zjgh.portal.story;

import cn.zjgh.portal.account.AccountErased;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account's comments lose their text, in the deleting transaction. */
@Component
class CommentErasure {

	private final CommentMapper comments;

	CommentErasure(CommentMapper comments) {
		this.comments = comments;
	}

	@EventListener
	void on(AccountErased erased) {
		this.comments.eraseOf(erased.userId());
	}

}
