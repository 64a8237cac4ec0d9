package cn.zjgh.portal.membership;

import java.security.Principal;
import java.time.LocalDate;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.PortalUser;
import cn.zjgh.portal.membership.MembershipInputs.ConfirmInput;
import cn.zjgh.portal.membership.MembershipInputs.DeleteMyAccountPayload;
import cn.zjgh.portal.membership.MembershipInputs.LeaveUnionPayload;
import cn.zjgh.portal.membership.MembershipInputs.MemberCard;
import cn.zjgh.portal.membership.MembershipInputs.VerifyMemberCardInput;
import cn.zjgh.portal.membership.MembershipInputs.VerifyMemberCardPayload;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class MemberController {

	private final Memberships memberships;

	private final MemberCards cards;

	private final ApplicationQueue queue;

	private final AccountDeletion deletion;

	MemberController(Memberships memberships, MemberCards cards, ApplicationQueue queue, AccountDeletion deletion) {
		this.memberships = memberships;
		this.cards = cards;
		this.queue = queue;
		this.deletion = deletion;
	}

	@SchemaMapping(typeName = "User")
	Membership membership(PortalUser user, Principal principal) {
		return this.cards.membershipOf(Caller.of(principal), user);
	}

	@SchemaMapping(typeName = "User")
	MemberCard memberCard(PortalUser user, Principal principal) {
		return this.cards.cardOf(Caller.of(principal), user);
	}

	@SchemaMapping(typeName = "User")
	MembershipApplication membershipApplication(PortalUser user, Principal principal) {
		return this.queue.latestFor(Caller.of(principal), user);
	}

	@SchemaMapping(typeName = "Membership")
	LocalDate since(Membership membership) {
		return this.cards.dayOf(membership.getSince());
	}

	@SchemaMapping(typeName = "Membership")
	LocalDate until(Membership membership) {
		return this.cards.dayOf(membership.getUntil());
	}

	@SchemaMapping(typeName = "MemberCard")
	String qrCode(MemberCard card) {
		return this.cards.qrCodeOf(card);
	}

	@MutationMapping
	LeaveUnionPayload leaveUnion(@Argument @Valid ConfirmInput input, @AuthenticationPrincipal Caller caller) {
		return new LeaveUnionPayload(this.memberships.leave(caller, input.confirm()));
	}

	@MutationMapping
	VerifyMemberCardPayload verifyMemberCard(@Argument @Valid VerifyMemberCardInput input,
			@AuthenticationPrincipal Caller caller) {
		return this.cards.verify(caller, input.code());
	}

	@MutationMapping
	DeleteMyAccountPayload deleteMyAccount(@Argument @Valid ConfirmInput input,
			@AuthenticationPrincipal Caller caller) {
		return new DeleteMyAccountPayload(this.deletion.delete(caller, input.confirm()));
	}

}
