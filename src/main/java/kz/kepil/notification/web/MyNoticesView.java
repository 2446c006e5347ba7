package kz.kepil.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.notification.application.CabinetNotice;
import kz.kepil.notification.application.Notifications;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.error.DomainException;

import java.util.List;

/**
 * The signed-in user's cabinet notices, newest first, in the page's language; each unread one is said to
 * be unread and can be marked read. Also the unread count for the cabinet's landing page.
 */
@Named("myNotices")
@RequestScoped
public class MyNoticesView {

    /** As many as a cabinet shows; older notices stay stored. */
    static final int LIMIT = 200;

    /** A notice as the page shows it. */
    public record Row(long id, String title, String text, String createdAt, boolean unread, String readAt) {
    }

    @Inject
    Notifications notifications;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = notifications.mine(LIMIT).stream().map(MyNoticesView::row).toList();
        }
        return rows;
    }

    public long getUnreadCount() {
        return getRows().stream().filter(Row::unread).count();
    }

    public String getUnreadText() {
        long unread = getUnreadCount();
        return unread == 0 ? Texts.text("notices.unread.none") : Texts.format("notices.unread.count", unread);
    }

    /** The reader has read the notice; the list is read again to show it so. */
    public void markRead(long id) {
        try {
            notifications.markRead(id);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.text("notices.markedRead"), null));
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.refusal(e), null));
        }
        rows = null;
    }

    private static Row row(CabinetNotice n) {
        String type = "type." + n.type().name();
        return new Row(n.id(), Texts.has(type) ? Texts.text(type) : n.type().name(), n.text(PageTexts.locale()),
                Texts.dateTime(n.createdAt()), !n.read(), Texts.dateTime(n.readAt()));
    }
}
