package kz.kepil.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.UserAccounts;
import kz.kepil.identity.domain.Role;
import kz.kepil.identity.domain.UserAccount;
import kz.kepil.notification.application.Notice;
import kz.kepil.notification.application.NoticeType;
import kz.kepil.notification.application.Notifications;
import kz.kepil.registry.domain.Decision;
import kz.kepil.registry.domain.DocumentType;
import kz.kepil.registry.domain.Ground;
import kz.kepil.registry.domain.RegistryPolicy;
import kz.kepil.registry.domain.RevokedSignatoryCertificate;
import kz.kepil.registry.domain.RevokedSignatoryRule;
import kz.kepil.registry.domain.SignatoryCertificate;
import kz.kepil.registry.domain.Supplier;
import kz.kepil.registry.domain.SupplierDecision;
import kz.kepil.registry.domain.SupplierDocument;
import kz.kepil.registry.domain.SupplierKind;
import kz.kepil.registry.domain.SupplierStatus;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.Bin;
import kz.kepil.shared.domain.ContractTexts;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.KzWorkingCalendar;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;
import kz.kepil.signing.application.CanonicalDocuments;
import kz.kepil.signing.application.SignableDocument;
import kz.kepil.signing.application.Signatures;
import kz.kepil.signing.domain.SignatureEvidence;
import kz.kepil.signing.domain.SignatureRequirement;
import org.iban4j.BicUtil;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.iban4j.Iban4jException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The registry's use cases: a supplier applies and signs the public offer contract; the authorised
 * body drafts decisions and signs them, which is when they take effect; a listed supplier asks to
 * leave. Every change is audited; every act that binds is signed and kept as evidence.
 */
@ApplicationScoped
public class Registry {

    static final String ENTITY = "Supplier";
    static final String CONTRACT_DOCUMENT = "SUPPLIER_PUBLIC_CONTRACT";
    static final String DECISION_DOCUMENT = "REGISTRY_DECISION";
    /** The registry's names of states and grounds, in the portal's languages. */
    private static final String TEXTS = "kz.kepil.registry.web.messages";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    UserAccounts users;

    @Inject
    Regions regions;

    @Inject
    Signatures signatures;

    @Inject
    CanonicalDocuments documents;

    @Inject
    PublicContracts contracts;

    @Inject
    RegistryPolicy policy;

    @Inject
    KzWorkingCalendar calendar;

    @Inject
    jakarta.enterprise.event.Event<SupplierStandingChanged> standingChanged;

    @Inject
    Notifications notifications;

    @Inject
    SupplierStandings standings;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kepil.registry.max-document-bytes", defaultValue = "10485760")
    long maxDocumentBytes;

    /** What an applicant sends. */
    public record Application(SupplierKind kind, String bin, String iin, String name, Set<String> regions,
                              Set<ProductCategory> categories, String iban, String bik, String email, String phone) {
    }

    /**
     * A supplier applies for listing. A legal entity is applied for by someone whose certificate names
     * its BIN, an entrepreneur by themself; the applicant then manages the application.
     */
    @Transactional
    public Supplier apply(Application a) {
        KepilPrincipal who = caller.require();
        UserAccount applicant = users.byId(who.userId());
        String identifier = identifierOf(a, applicant);
        a.regions().forEach(regions::requireRegion);
        String iban = checkedIban(a.iban());
        String bik = checkedBik(a.bik());
        LocalDate today = today();
        em.createNamedQuery("Supplier.byIdentifier", Supplier.class).setParameter("identifier", identifier)
                .setMaxResults(1).getResultStream().findFirst().ifPresent(previous -> previous.allowsNewApplication(today));
        Supplier supplier = new Supplier(a.kind(), identifier, a.name(), a.regions(), a.categories(), iban, bik,
                a.email(), a.phone(), clock.instant());
        em.persist(supplier);
        em.flush();
        audit.record(ENTITY, supplier.id(), "APPLIED", null, supplier.auditSummary());
        users.grantSupplierStaffRole(applicant.id(), Role.SUPPLIER_MANAGER, supplier.id());
        return supplier;
    }

    public Supplier supplier(long id) {
        return Optional.ofNullable(em.find(Supplier.class, id)).orElseThrow(() -> DomainException.notFound("supplier", id));
    }

    /**
     * The registry filtered in the database, by name then id; a null filter is no filter. A region or
     * category joins its element collection only when asked for, so an unfiltered list needs no join.
     */
    public List<Supplier> registry(SupplierStatus status, String region, ProductCategory category) {
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT s FROM Supplier s");
        List<String> where = new ArrayList<>();
        if (region != null) {
            jpql.append(" JOIN s.regions r");
            where.add("r = :region");
        }
        if (category != null) {
            jpql.append(" JOIN s.categories c");
            where.add("c = :category");
        }
        if (status != null) {
            where.add("s.status = :status");
        }
        if (!where.isEmpty()) {
            jpql.append(" WHERE ").append(String.join(" AND ", where));
        }
        jpql.append(" ORDER BY s.name, s.id");
        TypedQuery<Supplier> query = em.createQuery(jpql.toString(), Supplier.class)
                // Each supplier's regions and categories in one query per collection, not one per supplier.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.regions")
                .setHint("eclipselink.batch", "s.categories");
        if (region != null) {
            query.setParameter("region", region);
        }
        if (category != null) {
            query.setParameter("category", category);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    public List<SupplierDecision> decisions(long supplierId) {
        supplier(supplierId);
        return em.createNamedQuery("SupplierDecision.ofSupplier", SupplierDecision.class)
                .setParameter("supplier", supplierId).getResultList();
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** The supplier's staff file a document (PDF, JPEG or PNG, checked by content and size). */
    @Transactional
    public SupplierDocument fileDocument(long supplierId, DocumentType type, String fileName, byte[] content) {
        Supplier supplier = supplierOfCaller(supplierId);
        if (supplier.status() == SupplierStatus.DELISTED || supplier.status() == SupplierStatus.REJECTED) {
            throw DomainException.conflict("SUPPLIER_NOT_ACTIVE", "A " + supplier.status() + " supplier files no documents");
        }
        SupplierDocument document = new SupplierDocument(supplierId, type, fileName, content, maxDocumentBytes,
                clock.instant(), caller.name());
        em.persist(document);
        em.flush();
        audit.record("SupplierDocument", document.id(), "FILED", null,
                "supplier " + supplierId + " " + type + " " + document.fileName() + " " + document.size() + " bytes sha256=" + document.sha256());
        return document;
    }

    /** The documents of a supplier, for its staff, the authority and auditors. */
    public List<SupplierDocument> documents(long supplierId) {
        requireDocumentReader(supplierId);
        return em.createNamedQuery("SupplierDocument.ofSupplier", SupplierDocument.class)
                .setParameter("supplier", supplierId).getResultList();
    }

    public SupplierDocument document(long supplierId, long documentId) {
        requireDocumentReader(supplierId);
        return Optional.ofNullable(em.find(SupplierDocument.class, documentId)).filter(d -> d.supplierId() == supplierId)
                .orElseThrow(() -> DomainException.notFound("document", documentId));
    }

    /** The supplier, for its staff, the authority and auditors (documents and objections are not public). */
    public Supplier documentsVisibleSupplier(long supplierId) {
        requireDocumentReader(supplierId);
        return supplier(supplierId);
    }

    private void requireDocumentReader(long supplierId) {
        KepilPrincipal who = caller.require();
        if (!who.hasRole(Role.AUTHORITY) && !who.hasRole(Role.AUDITOR)) {
            supplierCaller(supplierId);
        }
        supplier(supplierId);
    }

    private Set<DocumentType> filedTypes(long supplierId) {
        return em.createNamedQuery("SupplierDocument.ofSupplier", SupplierDocument.class).setParameter("supplier", supplierId)
                .getResultStream().map(SupplierDocument::type)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(DocumentType.class)));
    }

    /** The public offer contract as this supplier signs it: the version, the digest of each text, the supplier. */
    public SignableDocument contractDocument(long supplierId) {
        Supplier supplier = supplierOfCaller(supplierId);
        ContractTexts contract = contracts.current();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("documentType", CONTRACT_DOCUMENT);
        content.put("contractVersion", contract.version());
        content.put("contractSha256", contract.sha256());
        content.put("supplier", party(supplier));
        return documents.of(CONTRACT_DOCUMENT, supplierId + "-v" + contract.version(), content);
    }

    /**
     * The supplier's signatory signs the contract: the head of the legal entity or someone its
     * certificate lets sign for it (same BIN), or the entrepreneur themself. The signer then signs for
     * the supplier in the portal.
     */
    @Transactional
    public SignatureEvidence signContract(long supplierId, String cms) {
        Supplier supplier = locked(supplierId);
        // contractDocument checks that the caller works for this supplier.
        SignableDocument document = contractDocument(supplierId);
        SignatureEvidence evidence = signatures.accept(document, cms, standings.signatory(supplierId));
        String before = supplier.auditSummary();
        supplier.contractSigned(contracts.currentVersion(), evidence.id());
        audit.record(ENTITY, supplier.id(), "CONTRACT_SIGNED", before, supplier.auditSummary());
        users.byIin(Iin.of(evidence.signerIin())).ifPresent(signer ->
                users.grantSupplierStaffRole(signer.id(), Role.SUPPLIER_SIGNATORY, supplier.id()));
        return evidence;
    }

    /** The authority drafts a decision; it is checked now and takes effect only when signed. */
    @Transactional
    public SupplierDecision draft(long supplierId, Decision decision, Ground ground, String note) {
        requireAuthority();
        Supplier supplier = supplier(supplierId);
        supplier.checkDecision(decision, ground, contracts.currentVersion(), today());
        if (decision == Decision.ADMIT) {
            supplier.checkDocumentsForAdmission(filedTypes(supplierId));
        }
        SupplierDecision draft = new SupplierDecision(supplierId, decision, ground, note, clock.instant(), caller.name());
        em.persist(draft);
        em.flush();
        audit.record("SupplierDecision", draft.id(), "DRAFTED", null, decision + " " + ground + " for supplier " + supplierId);
        return draft;
    }

    /** The decision as the official signs it: who decides what about whom, on which ground, from which state. */
    public SignableDocument decisionDocument(long supplierId, long decisionId) {
        SupplierDecision decision = decision(supplierId, decisionId);
        Supplier supplier = supplier(supplierId);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("documentType", DECISION_DOCUMENT);
        content.put("decisionId", decision.id());
        content.put("decision", decision.decision().name());
        content.put("ground", decision.ground().name());
        content.put("note", decision.note().orElse(null));
        content.put("supplier", party(supplier));
        content.put("statusBefore", supplier.status().name());
        content.put("statusAfter", decision.decision().to().name());
        content.put("draftedAt", decision.draftedAt().toString());
        content.put("official", caller.require().iin());
        return documents.of(DECISION_DOCUMENT, String.valueOf(decision.id()), content);
    }

    /** The official signs the decision with their own signing key, and it takes effect. */
    @Transactional
    public SupplierDecision signDecision(long supplierId, long decisionId, String cms) {
        requireAuthority();
        Supplier supplier = locked(supplierId);
        SupplierDecision decision = decision(supplierId, decisionId);
        if (decision.isSigned()) {
            throw DomainException.conflict("DECISION_ALREADY_SIGNED", "This decision has already been signed");
        }
        LocalDate today = today();
        supplier.checkDecision(decision.decision(), decision.ground(), contracts.currentVersion(), today);
        if (decision.decision() == Decision.ADMIT) {
            supplier.checkDocumentsForAdmission(filedTypes(supplierId));
        }
        SignableDocument document = decisionDocument(supplierId, decisionId);
        SignatureEvidence evidence = signatures.accept(document, cms, SignatureRequirement.person(caller.require().iin()));
        String before = supplier.auditSummary();
        LocalDate objectionDeadline = decision.decision() == Decision.OPEN_EXCLUSION
                ? calendar.addWorkingDays(today, policy.objectionWorkingDays()) : null;
        SupplierStatus from = supplier.decide(decision.decision(), decision.ground(), contracts.currentVersion(), today,
                objectionDeadline, policy, clock.instant());
        decision.signed(from, supplier.status(), evidence.signerIin(), evidence.id(), clock.instant());
        audit.record(ENTITY, supplier.id(), decision.decision().name(), before, supplier.auditSummary());
        standingChanged.fire(new SupplierStandingChanged(supplier.id(), from, supplier.status()));
        notifySupplier(supplier, decision);
        return decision;
    }

    /**
     * The policy rule on unanswered orders: once {@code expired} orders of a listed (or suspended)
     * supplier expired without a decision within the policy window reach the threshold, the portal opens
     * exclusion proceedings by itself; the supplier is told and may object; the commission decides on
     * exclusion with a signed decision. Returns whether proceedings were opened now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean unansweredOrders(long supplierId, List<String> expiredOrders) {
        Supplier supplier = locked(supplierId);
        if (expiredOrders.size() < policy.unansweredOrders()
                || (supplier.status() != SupplierStatus.LISTED && supplier.status() != SupplierStatus.SUSPENDED)) {
            return false;
        }
        String note = expiredOrders.size() + " orders expired without a decision within " + policy.unansweredWindow().getDays()
                + " days: " + String.join(", ", expiredOrders);
        decideBySystem(supplier, Decision.OPEN_EXCLUSION, Ground.UNANSWERED_ORDERS, note, decision -> {
        });
        return true;
    }

    /**
     * The suppliers now LISTED, by id, with what a signature for each must be (its signatories): those the
     * automatic rule on signatory certificates watches. In a transaction of its own, as the periodic jobs
     * read nothing outside one.
     */
    @Transactional
    public Map<Long, SignatureRequirement> listedSignatories() {
        Map<Long, SignatureRequirement> out = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT s.id, s.kind, s.identifier FROM Supplier s WHERE s.status = :listed"
                + " ORDER BY s.id", Object[].class).setParameter("listed", SupplierStatus.LISTED).getResultList()) {
            out.put((Long) row[0], SupplierStandings.signatoryOf((SupplierKind) row[1], (String) row[2]));
        }
        return out;
    }

    /**
     * The policy rule on revoked signatory certificates: a LISTED supplier whose signatory's current
     * certificate is revoked is suspended by the portal, once per certificate; the supplier is told and
     * may object within the window; the commission reinstates or goes further with a signed decision.
     * {@code certificates} are the signatories' current certificates as just checked. Returns whether the
     * supplier was suspended now.
     */
    @Transactional
    public boolean signatoryCertificatesChecked(long supplierId, List<SignatoryCertificate> certificates) {
        Supplier supplier = locked(supplierId);
        Set<String> actedOn = Set.copyOf(em.createNamedQuery("RevokedSignatoryCertificate.ofSupplier", String.class)
                .setParameter("supplier", supplierId).getResultList());
        List<SignatoryCertificate> revoked = RevokedSignatoryRule.toActOn(supplier.status(), certificates, actedOn);
        if (revoked.isEmpty()) {
            return false;
        }
        decideBySystem(supplier, Decision.SUSPEND, Ground.SIGNATORY_CERTIFICATE_REVOKED, RevokedSignatoryRule.note(revoked),
                decision -> {
                    for (SignatoryCertificate c : revoked) {
                        em.persist(new RevokedSignatoryCertificate(supplierId, c, decision.id(), clock.instant()));
                    }
                    em.flush();
                });
        return true;
    }

    /**
     * A decision the portal takes by itself under a policy rule, with {@code note} saying why: recorded
     * as taken by the system, with the objection deadline, and {@code withDecision} records what goes
     * with it once it has its id; then the change is audited, the other contexts and the supplier told.
     */
    private void decideBySystem(Supplier supplier, Decision kind, Ground ground, String note,
                                Consumer<SupplierDecision> withDecision) {
        LocalDate today = today();
        SupplierDecision decision = new SupplierDecision(supplier.id(), kind, ground, note, clock.instant(), AuditTrail.SYSTEM);
        em.persist(decision);
        String before = supplier.auditSummary();
        SupplierStatus from = supplier.decide(kind, ground, contracts.currentVersion(), today,
                calendar.addWorkingDays(today, policy.objectionWorkingDays()), policy, clock.instant());
        decision.takenBySystem(from, supplier.status(), clock.instant());
        em.flush();
        withDecision.accept(decision);
        audit.record(ENTITY, supplier.id(), kind.name(), before, supplier.auditSummary() + " by the portal: " + note);
        standingChanged.fire(new SupplierStandingChanged(supplier.id(), from, supplier.status()));
        notifySupplier(supplier, decision);
    }

    /** The supplier's signatory objects to exclusion proceedings, or to a suspension by the portal, within the window. */
    @Transactional
    public Supplier object(long supplierId, String text) {
        Supplier supplier = locked(supplierId);
        KepilPrincipal who = supplierCaller(supplierId);
        if (!who.signsFor(supplierId)) {
            throw DomainException.forbidden("Only the supplier's signatory objects for it");
        }
        String before = supplier.auditSummary();
        supplier.object(text, today(), clock.instant());
        audit.record(ENTITY, supplier.id(), "OBJECTED", before, supplier.auditSummary());
        return supplier;
    }

    /** The supplier's signatory asks to leave the registry. */
    @Transactional
    public Supplier requestWithdrawal(long supplierId, String reason) {
        Supplier supplier = locked(supplierId);
        KepilPrincipal who = supplierCaller(supplierId);
        if (!who.signsFor(supplierId)) {
            throw DomainException.forbidden("Only the supplier's signatory asks to leave the registry");
        }
        String before = supplier.auditSummary();
        SupplierStatus from = supplier.status();
        supplier.requestWithdrawal(clock.instant());
        audit.record(ENTITY, supplier.id(), "WITHDRAWAL_REQUESTED", before,
                supplier.auditSummary() + (reason == null || reason.isBlank() ? "" : " reason=" + reason.strip()));
        standingChanged.fire(new SupplierStandingChanged(supplier.id(), from, supplier.status()));
        return supplier;
    }

    /**
     * The supplier learns of every decision by SMS and in its staff's cabinet: of exclusion proceedings,
     * or a suspension open to objection, with the ground and the last day to object; of any other
     * decision with its new state.
     */
    private void notifySupplier(Supplier supplier, SupplierDecision decision) {
        Map<String, String> params = new LinkedHashMap<>();
        NoticeType type;
        if (decision.decision() == Decision.OPEN_EXCLUSION
                || (decision.decision() == Decision.SUSPEND && supplier.objectionDeadline().isPresent())) {
            type = decision.decision() == Decision.OPEN_EXCLUSION ? NoticeType.SUPPLIER_EXCLUSION_OPENED
                    : NoticeType.SUPPLIER_SUSPENDED;
            supplier.objectionDeadline().ifPresent(d -> params.put("until", d.toString()));
            params.putAll(inEachLanguage("reason", "ground." + decision.ground().name()));
        } else {
            type = NoticeType.SUPPLIER_STATUS_CHANGED;
            params.putAll(inEachLanguage("status", "status." + supplier.status().name()));
        }
        notifications.notify(new Notice(type, null, supplier.name(), null, supplier.id(), supplier.phone(),
                "D-" + decision.id(), null, caller.name(), params));
    }

    /** The registry's name of a state or ground in Kazakh, Russian and English, as notice params. */
    private static Map<String, String> inEachLanguage(String param, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String language : List.of("kk", "ru", "en")) {
            java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle(TEXTS, java.util.Locale.forLanguageTag(language));
            out.put(param + "." + language, texts.containsKey(key) ? texts.getString(key) : key);
        }
        return out;
    }

    private void requireAuthority() {
        if (!caller.hasRole(Role.AUTHORITY)) {
            throw DomainException.forbidden("Only the authorised body decides on suppliers");
        }
    }

    private SupplierDecision decision(long supplierId, long decisionId) {
        return Optional.ofNullable(em.find(SupplierDecision.class, decisionId))
                .filter(d -> d.supplierId() == supplierId)
                .orElseThrow(() -> DomainException.notFound("decision", decisionId));
    }

    private Supplier locked(long supplierId) {
        return Optional.ofNullable(em.find(Supplier.class, supplierId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.notFound("supplier", supplierId));
    }

    /** The supplier, if the caller works for it; otherwise it does not exist for them. */
    private Supplier supplierOfCaller(long supplierId) {
        supplierCaller(supplierId);
        return supplier(supplierId);
    }

    private KepilPrincipal supplierCaller(long supplierId) {
        KepilPrincipal who = caller.require();
        if (!who.worksFor(supplierId)) {
            throw DomainException.notFound("supplier", supplierId);
        }
        return who;
    }

    private static Map<String, Object> party(Supplier s) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("id", s.id());
        party.put("kind", s.kind().name());
        party.put(s.kind() == SupplierKind.LEGAL_ENTITY ? "bin" : "iin", s.identifier());
        party.put("name", s.name());
        return party;
    }

    private static String identifierOf(Application a, UserAccount applicant) {
        if (a.kind() == SupplierKind.LEGAL_ENTITY) {
            if (a.bin() == null) {
                throw DomainException.invalid("VALIDATION_FAILED", "bin is required for a legal entity");
            }
            Bin bin = Bin.of(a.bin());
            if (applicant.bin().filter(bin::equals).isEmpty()) {
                throw DomainException.forbidden("Your certificate does not name BIN " + bin + "; sign in with a certificate of this organisation");
            }
            return bin.value();
        }
        if (a.iin() == null) {
            throw DomainException.invalid("VALIDATION_FAILED", "iin is required for an individual entrepreneur");
        }
        Iin iin = Iin.of(a.iin());
        if (!applicant.iin().equals(iin)) {
            throw DomainException.forbidden("An individual entrepreneur applies in their own name");
        }
        return iin.value();
    }

    private static String checkedIban(String value) {
        try {
            Iban iban = Iban.valueOf(value == null ? "" : value.replace(" ", "").toUpperCase());
            if (iban.getCountryCode() != CountryCode.KZ) {
                throw DomainException.invalid("IBAN_INVALID", "The account must be a Kazakh IBAN (KZ…)");
            }
            return iban.toString();
        } catch (Iban4jException e) {
            throw DomainException.invalid("IBAN_INVALID", "The IBAN is not valid: " + e.getMessage());
        }
    }

    private static String checkedBik(String value) {
        String bik = value == null ? "" : value.strip().toUpperCase();
        try {
            BicUtil.validate(bik);
            return bik;
        } catch (Iban4jException e) {
            throw DomainException.invalid("BIK_INVALID", "The bank's BIC is not valid: " + e.getMessage());
        }
    }

    private LocalDate today() {
        return KzTime.today(clock);
    }
}
