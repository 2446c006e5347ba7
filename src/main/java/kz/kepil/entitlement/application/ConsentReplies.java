package kz.kepil.entitlement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kepil.notification.application.NoticeType;
import kz.kepil.notification.application.SmsAnswer;
import kz.kepil.notification.application.SmsAnswerTaker;

/** Replies by SMS to the requests for consent to a replacement go to the measures that asked. */
@ApplicationScoped
public class ConsentReplies implements SmsAnswerTaker {

    @Inject
    Entitlements entitlements;

    @Override
    public boolean asks(NoticeType type) {
        return type == NoticeType.REPLACEMENT_CONSENT_REQUEST;
    }

    @Override
    public void replied(SmsAnswer answer) {
        entitlements.consentBySms(answer);
    }
}
