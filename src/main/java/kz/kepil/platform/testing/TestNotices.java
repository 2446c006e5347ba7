package kz.kepil.platform.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.kepil.notification.application.Notice;
import kz.kepil.notification.application.Notifications;
import kz.kepil.platform.clock.PortalClock;
import kz.kepil.shared.error.DomainException;

/** Sends a notice on a test portal, in a transaction of its own as a use case of another context would. */
@ApplicationScoped
public class TestNotices {

    @Inject
    PortalClock clock;

    @Inject
    Notifications notifications;

    public void requireTestPortal() {
        if (!clock.isAdjustable()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "NOT_FOUND", "There is no such resource.");
        }
    }

    @Transactional
    public long send(Notice notice) {
        requireTestPortal();
        return notifications.notify(notice);
    }
}
