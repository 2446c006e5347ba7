package kz.kepil.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.registry.application.Registry;
import kz.kepil.registry.domain.DocumentType;
import kz.kepil.registry.domain.SupplierDocument;
import kz.kepil.shared.error.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The supplier's documents: what its categories require, what it has filed, and the form to file one
 * more (PDF, JPEG or PNG; the registry checks the content and the size).
 */
@Named("supplierDocuments")
@ViewScoped
public class SupplierDocumentsView implements Serializable {

    @Inject
    transient Registry registry;

    @Inject
    transient CurrentCaller caller;

    private Long supplierId;
    private DocumentType type;
    private transient Part file;

    @PostConstruct
    void init() {
        supplierId = caller.principal().map(p -> p.supplierId()).orElse(null);
    }

    public void upload() {
        if (file == null || type == null) {
            message(FacesMessage.SEVERITY_ERROR, text("documents.choose"), null);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1L, registry.maxDocumentBytes() + 1));
            registry.fileDocument(supplierId, type, file.getSubmittedFileName(), content);
            message(FacesMessage.SEVERITY_INFO, text("documents.filed"), null);
            type = null;
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, text("documents.refused") + " " + e.code(), e.getMessage());
        } catch (IOException e) {
            message(FacesMessage.SEVERITY_ERROR, text("documents.refused"), e.getMessage());
        }
    }

    public boolean isHasSupplier() {
        return supplierId != null;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public List<SupplierDocument> getDocuments() {
        return supplierId == null ? List.of() : registry.documents(supplierId);
    }

    /** Documents the supplier's categories require and it has not filed yet. */
    public Set<DocumentType> getMissing() {
        if (supplierId == null) {
            return Set.of();
        }
        Set<DocumentType> missing = EnumSet.noneOf(DocumentType.class);
        missing.addAll(DocumentType.requiredFor(registry.supplier(supplierId).categories()));
        getDocuments().forEach(d -> missing.remove(d.type()));
        return missing;
    }

    public List<DocumentType> getTypes() {
        return Arrays.asList(DocumentType.values());
    }

    private static void message(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }

    private static String text(String key) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return ResourceBundle.getBundle("kz.kepil.registry.web.messages", locale).getString(key);
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
