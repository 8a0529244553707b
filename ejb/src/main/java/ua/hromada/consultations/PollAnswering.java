package ua.hromada.consultations;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.RateLimits;
import ua.hromada.core.identity.Person;

/**
 * People answering a poll of the current community while it is open: one response per person
 * (the unique key of poll_response), which they may change until the end, the last one counting.
 * Every question must be answered, as its type says ({@link PollQuestion#check}).
 */
@Stateless
public class PollAnswering {
    /** Responses (first ones and changes) one person may send in a minute. */
    static final int RESPONSES_PER_MINUTE = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultationReading reading;

    @Inject
    RateLimits rates;

    @Inject
    PollTallies tallies;

    @Inject
    Clock clock;

    /**
     * The poll's audience, while it is open: answers every question, replacing their earlier
     * response if there is one; returns the moment it was given.
     */
    public Instant respond(long pollId, List<PollAnswer> answers) {
        Consultation poll = reading.open(pollId, ConsultationAction.ANSWER);
        if (!poll.isPoll()) {
            throw new NotFoundException("consultation.not-found", pollId);
        }
        List<PollQuestion> questions = reading.questions(pollId);
        Map<Long, PollAnswer> byQuestion = new HashMap<>();
        for (PollAnswer answer : answers == null ? List.<PollAnswer>of() : answers) {
            if (questions.stream().noneMatch(q -> q.id() == answer.questionId()) || byQuestion.put(answer.questionId(), answer) != null) {
                throw new InvalidInputException("poll.answer.unknown-question");
            }
        }
        Map<Long, Integer> values = new HashMap<>();
        for (PollQuestion q : questions) {
            PollAnswer answer = byQuestion.get(q.id());
            q.check(answer);
            values.putAll(q.values(answer));
        }
        long person = Acting.current().personId();
        rates.admit("poll.response", person, RESPONSES_PER_MINUTE);
        // the person's row is locked first, so one person's responses at once queue and each
        // replaces the one before; the unique key holds whatever else happens
        em.find(Person.class, person, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        long response = responseOf(poll, person, now);
        insertChoices(response, poll.id(), values);
        for (PollAnswer answer : byQuestion.values()) {
            if (answer.other() != null) {
                em.createNativeQuery("insert into poll_other (response_id, question_id, consultation_id, text) values (?1, ?2, ?3, ?4)")
                        .setParameter(1, response).setParameter(2, answer.questionId()).setParameter(3, poll.id())
                        .setParameter(4, answer.other()).executeUpdate();
            }
        }
        tallies.forget(poll.id());
        return now;
    }

    /** The person's response row, its earlier choices cleared when it is a change. */
    private long responseOf(Consultation poll, long person, Instant now) {
        List<?> found = em.createNativeQuery("select id from poll_response where consultation_id = ?1 and person_id = ?2")
                .setParameter(1, poll.id()).setParameter(2, person).getResultList();
        if (found.isEmpty()) {
            em.createNativeQuery("insert into poll_response (community_id, consultation_id, person_id, answered_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, poll.communityId()).setParameter(2, poll.id()).setParameter(3, person).setParameter(4, now)
                    .executeUpdate();
            return ((Number) em.createNativeQuery("select id from poll_response where consultation_id = ?1 and person_id = ?2")
                    .setParameter(1, poll.id()).setParameter(2, person).getSingleResult()).longValue();
        }
        long response = ((Number) found.get(0)).longValue();
        em.createNativeQuery("update poll_response set answered_at = ?1, changes = changes + 1 where id = ?2").setParameter(1, now)
                .setParameter(2, response).executeUpdate();
        em.createNativeQuery("delete from poll_choice where response_id = ?1").setParameter(1, response).executeUpdate();
        em.createNativeQuery("delete from poll_other where response_id = ?1").setParameter(1, response).executeUpdate();
        return response;
    }

    /** All choice rows of a response in one statement. */
    private void insertChoices(long response, long poll, Map<Long, Integer> values) {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into poll_choice (response_id, option_id, consultation_id, value) values ");
        int p = 1;
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?").append(p++).append(", ?").append(p++).append(", ?").append(p++).append(", ?")
                    .append(p++).append(')');
        }
        Query insert = em.createNativeQuery(sql.toString());
        p = 1;
        for (Map.Entry<Long, Integer> v : values.entrySet()) {
            insert.setParameter(p++, response).setParameter(p++, v.getKey()).setParameter(p++, poll).setParameter(p++, v.getValue());
        }
        insert.executeUpdate();
    }
}
