package kz.kepil.notification.application;

import kz.kepil.notification.domain.Reply;

/**
 * An SMS reply to a question a notice asked ({@link Notifications#ask}): which notice, its type, case and
 * beneficiary as the journal has them, and the reply.
 */
public record SmsAnswer(long noticeId, NoticeType type, String caseNumber, String iin, Reply reply) {
}
