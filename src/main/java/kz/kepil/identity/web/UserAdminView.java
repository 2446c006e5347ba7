package kz.kepil.identity.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.UserAccounts;
import kz.kepil.identity.domain.Role;
import kz.kepil.identity.domain.RoleGrant;
import kz.kepil.identity.domain.UserAccount;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.InvalidIdentifierException;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;
import kz.kepil.shared.region.domain.Akimat;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The authorised body's page for staff roles: find a user by IIN, see the roles held, grant a role
 * limited to a supplier or an akimat where the role needs one, revoke a role. Auditors see, do not change.
 */
@Named("userAdmin")
@ViewScoped
public class UserAdminView implements Serializable {

    @Inject
    transient UserAccounts users;

    @Inject
    transient Regions regions;

    @Inject
    transient CurrentCaller caller;

    private String iin;
    private Long userId;
    private Role role;
    private Long supplierId;
    private String akimatCode;

    public void find() {
        userId = null;
        try {
            users.byIin(Iin.of(iin == null ? "" : iin.strip())).ifPresentOrElse(u -> userId = u.id(),
                    () -> message(FacesMessage.SEVERITY_WARN, "admin.users.notFound"));
        } catch (InvalidIdentifierException e) {
            message(FacesMessage.SEVERITY_ERROR, "admin.users.iinInvalid");
        }
    }

    public void grant() {
        try {
            users.grant(userId, role, role != null && role.scope() == Role.Scope.SUPPLIER ? supplierId : null,
                    role != null && role.scope() == Role.Scope.AKIMAT ? akimatCode : null);
            message(FacesMessage.SEVERITY_INFO, "admin.users.granted");
            role = null;
            supplierId = null;
            akimatCode = null;
        } catch (DomainException e) {
            refused(e);
        }
    }

    public void revoke(Role revoked) {
        try {
            users.revoke(userId, revoked);
            message(FacesMessage.SEVERITY_INFO, "admin.users.revoked");
        } catch (DomainException e) {
            refused(e);
        }
    }

    /** The user found, as the database holds it now. */
    public UserAccount getUser() {
        return userId == null ? null : users.byId(userId);
    }

    public List<RoleGrant> getGrants() {
        UserAccount user = getUser();
        return user == null ? List.of() : user.roles();
    }

    public boolean isMayChange() {
        return caller.hasRole(Role.AUTHORITY);
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public List<Akimat> getAkimats() {
        return regions.akimats();
    }

    public String akimatName(Akimat akimat) {
        return akimat.names().in(locale());
    }

    private void refused(DomainException e) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                text("admin.users.refused") + " " + e.code(), e.getMessage()));
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key), null));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("kz.kepil.identity.web.messages", locale()).getString(key);
    }

    public String getIin() {
        return iin;
    }

    public void setIin(String iin) {
        this.iin = iin;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public String getAkimatCode() {
        return akimatCode;
    }

    public void setAkimatCode(String akimatCode) {
        this.akimatCode = akimatCode;
    }
}
