package cn.zjgh.portal.event;

import java.security.SecureRandom;

import cn.zjgh.portal.event.RegistrationMapper.SeatClaim;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seats under a rush. A seat is taken by a conditional UPDATE of the event row
 * ({@code confirmed_count < capacity}) in the same statement that inserts the confirmed
 * registration, so the row is locked only while PostgreSQL runs that statement; a CHECK
 * constraint makes overselling impossible even if that ever went wrong. Whatever the
 * number of replicas and concurrent requests, an event never has more confirmed
 * registrations than seats. Waitlisting and registering again after a cancellation take
 * the locked path.
 */
@Component
class Seats {

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final EventMapper events;

	private final RegistrationMapper registrations;

	private final Waitlist waitlist;

	private final EventListingCache listings;

	private final PopularityBoard board;

	private final TransactionTemplate transaction;

	Seats(EventMapper events, RegistrationMapper registrations, Waitlist waitlist, EventListingCache listings,
			PopularityBoard board, TransactionTemplate transaction) {
		this.events = events;
		this.registrations = registrations;
		this.waitlist = waitlist;
		this.listings = listings;
		this.board = board;
		this.transaction = transaction;
	}

	/**
	 * The rush's path: a free seat and the confirmed registration in one statement. Null
	 * when the seat went meanwhile, or the worker's other request registered first; the
	 * locked path then decides.
	 */
	Registration claim(RegistrationAttempt attempt) {
		Registration registration = attempt.applyTo(new Registration(), RegistrationStatus.CONFIRMED);
		registration.setCheckInCode(newCheckInCode());
		SeatClaim claim;
		try {
			claim = this.registrations.claimSeatFor(registration);
		}
		catch (DuplicateKeyException ex) {
			return null;
		}
		if (claim == null) {
			return null;
		}
		registration.setId(claim.registrationId());
		this.board.moveAfterCommit(attempt.event(), 1);
		if (claim.filled()) {
			this.listings.evict();
		}
		return registration;
	}

	/**
	 * The locked path: a seat if one is free, else a place on the waitlist, reusing the
	 * worker's cancelled registration if there is one.
	 */
	Registration takeOrWait(RegistrationAttempt attempt) {
		try {
			return this.transaction.execute((status) -> takeOrWaitLocked(attempt));
		}
		catch (DuplicateKeyException ex) {
			// the same worker's second request won the insert; theirs is the registration
			return this.registrations.findByWorker(attempt.event().getId(), attempt.userId());
		}
	}

	private Registration takeOrWaitLocked(RegistrationAttempt attempt) {
		Event event = attempt.event();
		Registration mine = this.registrations.lockMine(event.getId(), attempt.userId());
		if (mine != null && mine.getStatus().isActive()) {
			return mine;
		}
		RegistrationStatus status;
		Long waitlistSeq = null;
		Boolean filled = this.events.claimSeat(event.getId());
		if (filled != null) {
			status = RegistrationStatus.CONFIRMED;
			if (filled) {
				this.listings.evictAfterCommit();
			}
		}
		else if (event.isWaitlistEnabled() && this.events.joinWaitlist(event.getId()) == 1) {
			status = RegistrationStatus.WAITLISTED;
			waitlistSeq = this.registrations.nextWaitlistSeq();
		}
		else if (event.isWaitlistEnabled()) {
			throw new DomainException(ErrorCode.REGISTRATION_CLOSED, "活动已不再接受报名");
		}
		else {
			throw new DomainException(ErrorCode.EVENT_FULL, "名额已满");
		}

		this.board.moveAfterCommit(event, 1);
		Registration registration = attempt.applyTo((mine != null) ? mine : new Registration(), status);
		registration.setWaitlistSeq(waitlistSeq);
		registration.setCancelledAt(null);
		if (mine == null) {
			registration.setCheckInCode(newCheckInCode());
			this.registrations.insert(registration);
		}
		else {
			this.registrations.updateById(registration);
		}
		return registration;
	}

	/**
	 * Gives back the registration's seat, which the first waitlisted worker then takes,
	 * or its place on the waitlist; runs in the transaction that cancels it.
	 */
	void release(Event event, Registration registration) {
		if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
			this.events.releaseSeat(event.getId());
			this.waitlist.promote(this.events.selectById(event.getId()), 1);
			this.listings.evictAfterCommit();
		}
		else {
			this.events.leaveWaitlist(event.getId());
		}
		this.board.moveAfterCommit(event, -1);
	}

	private String newCheckInCode() {
		char[] code = new char[10];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_ALPHABET[this.random.nextInt(CODE_ALPHABET.length)];
		}
		return new String(code);
	}

}
