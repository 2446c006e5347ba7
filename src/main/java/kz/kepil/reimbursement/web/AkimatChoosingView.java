package kz.kepil.reimbursement.web;

import jakarta.inject.Inject;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.domain.Role;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.region.application.Regions;
import kz.kepil.shared.region.domain.Akimat;

import java.util.List;

/**
 * A finance page about one akimat: its finance staff read their own; those who read every akimat
 * ({@link #isChooser()}) choose one with {@code ?akimat=}, the first when they have not chosen.
 */
abstract class AkimatChoosingView {

    @Inject
    CurrentCaller caller;

    @Inject
    Regions regions;

    private String akimat;

    /** The akimat shown, worked out once a request (the pages ask for it many times); see {@link #getAkimatCode()}. */
    private String akimatCode;
    private boolean akimatCodeKnown;

    /** Whether the caller reads every akimat and so chooses the one shown. */
    public abstract boolean isChooser();

    /** The akimat shown: the chosen one for a chooser, else the caller's own if they are its finance staff. */
    public String getAkimatCode() {
        if (!akimatCodeKnown) {
            akimatCode = akimatCode();
            akimatCodeKnown = true;
        }
        return akimatCode;
    }

    private String akimatCode() {
        KepilPrincipal who = caller.require();
        if (isChooser()) {
            return akimat != null && regions.akimat(akimat).isPresent() ? akimat
                    : regions.akimats().stream().findFirst().map(Akimat::code).orElse(null);
        }
        boolean finance = who.hasRole(Role.FINANCE_OFFICER) || who.hasRole(Role.FINANCE_APPROVER);
        return finance ? who.akimatCode() : null;
    }

    public boolean isMayRead() {
        return getAkimatCode() != null;
    }

    public List<Akimat> getAkimats() {
        return regions.akimats();
    }

    public String akimatName(Akimat a) {
        return a.names().in(PageTexts.locale()) + " (" + a.code() + ")";
    }

    public String getAkimatTitle() {
        String code = getAkimatCode();
        return code == null ? "" : regions.akimat(code).map(this::akimatName).orElse(code);
    }

    public String getAkimat() {
        return akimat;
    }

    public void setAkimat(String akimat) {
        this.akimat = akimat == null || akimat.isBlank() ? null : akimat.strip();
        akimatCodeKnown = false;
    }
}
