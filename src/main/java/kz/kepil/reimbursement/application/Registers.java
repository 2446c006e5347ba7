package kz.kepil.reimbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.domain.Role;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.reimbursement.domain.BankFile;
import kz.kepil.reimbursement.domain.Claim;
import kz.kepil.reimbursement.domain.ClaimStatus;
import kz.kepil.reimbursement.domain.PaymentInstruction;
import kz.kepil.reimbursement.domain.PaymentRegister;
import kz.kepil.reimbursement.domain.RegisterLine;
import kz.kepil.reimbursement.domain.RegisterStatus;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.domain.Sha256;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;
import kz.kepil.shared.region.domain.Akimat;
import kz.kepil.signing.application.CanonicalDocuments;
import kz.kepil.signing.application.SignableDocument;
import kz.kepil.signing.application.Signatures;
import kz.kepil.signing.domain.SignatureEvidence;
import kz.kepil.signing.domain.SignatureRequirement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Payment registers: a finance officer builds one from the READY claims of the akimat (one supplier or
 * all) completed in a period; the claims are locked while it is built and the database keeps each in at
 * most one register, so two officers building at once never share a claim. A finance approver who is not
 * the maker approves it with an EDS over its document, signed as a financial document of the akimat; a
 * payment marks it PAID, the claims REIMBURSED, spends the budget and tells ordering (ClaimReimbursed).
 *
 * <p>A register over at least {@code kepil.reimbursement.batch-threshold} READY claims is not built in the
 * request: it is created BUILDING and a batch job writes its lines chunk by chunk ({@link RegisterBuilds}).
 */
@ApplicationScoped
public class Registers {

    /** Lines read at a time for a register's document. */
    private static final int LINES_PAGE = 5_000;

    static final String ENTITY = "PaymentRegister";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Regions regions;

    @Inject
    SupplierStandings suppliers;

    @Inject
    Signatures signatures;

    @Inject
    CanonicalDocuments documents;

    @Inject
    Budgets budgets;

    @Inject
    Event<ClaimReimbursed> reimbursed;

    @Inject
    BankFile bankFile;

    @Inject
    RegisterBuilds builds;

    /** What a register is built from. */
    public record Request(String akimatCode, Long supplierId, LocalDate periodFrom, LocalDate periodTo) {
    }

    /** A register with its lines. */
    public record Details(PaymentRegister register, List<RegisterLine> lines) {
    }

    /**
     * A finance officer of the akimat builds a draft from the READY claims not in another register; with at
     * least the threshold's READY claims the register is created BUILDING, without lines:
     * {@link RegisterBuilds#build} starts its batch job once that is committed.
     */
    @Transactional
    public Details create(Request r, RegisterBuilds.Options options) {
        KepilPrincipal who = requireFinance(r.akimatCode(), Role.FINANCE_OFFICER);
        regions.akimat(r.akimatCode()).orElseThrow(() -> DomainException.notFound("akimat", r.akimatCode()));
        if (r.supplierId() != null) {
            suppliers.of(r.supplierId());
        }
        if (r.periodFrom().isAfter(r.periodTo())) {
            throw DomainException.invalid("VALIDATION_FAILED", "periodFrom is on or before periodTo");
        }
        String filter = " WHERE c.akimatCode = :akimat AND c.status = :ready AND c.orderCompletedAt >= :from"
                + " AND c.orderCompletedAt < :to" + (r.supplierId() != null ? " AND c.supplierId = :supplier" : "");
        TypedQuery<Object[]> count = em.createQuery("SELECT COUNT(c), MAX(c.id) FROM Claim c" + filter, Object[].class)
                .setParameter("akimat", r.akimatCode()).setParameter("ready", ClaimStatus.READY)
                .setParameter("from", r.periodFrom().atStartOfDay(KzTime.ALMATY).toInstant())
                .setParameter("to", KzTime.endOf(r.periodTo()));
        if (r.supplierId() != null) {
            count.setParameter("supplier", r.supplierId());
        }
        Object[] found = count.getSingleResult();
        long ready = ((Number) found[0]).longValue();
        if (ready > 0 && ready >= builds.threshold(options)) {
            return startBuilding(r, who, (int) Math.min(Integer.MAX_VALUE, ready), ((Number) found[1]).longValue(), options);
        }
        StringBuilder q = new StringBuilder("SELECT c FROM Claim c" + filter);
        TypedQuery<Claim> query = em.createQuery(q.append(" ORDER BY c.id").toString(), Claim.class)
                .setParameter("akimat", r.akimatCode()).setParameter("ready", ClaimStatus.READY)
                .setParameter("from", r.periodFrom().atStartOfDay(KzTime.ALMATY).toInstant())
                .setParameter("to", KzTime.endOf(r.periodTo()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE);
        if (r.supplierId() != null) {
            query.setParameter("supplier", r.supplierId());
        }
        // Locked: a second officer building at the same moment waits here and then finds these claims taken.
        List<Claim> claims = query.getResultList().stream().filter(c -> c.status() == ClaimStatus.READY).toList();
        PaymentRegister register = new PaymentRegister(r.akimatCode(), r.supplierId(), r.periodFrom(), r.periodTo(), claims,
                who.iin(), clock.instant());
        List<RegisterLine> lines = new ArrayList<>();
        try {
            em.persist(register);
            em.flush();
            for (Claim c : claims) {
                String before = c.auditSummary();
                c.registerIn(register.id());
                RegisterLine line = new RegisterLine(register.id(), c);
                em.persist(line);
                lines.add(line);
                audit.record(Claims.ENTITY, c.id(), "REGISTERED", before, c.auditSummary());
            }
            em.flush();
        } catch (PersistenceException e) {
            throw DomainException.conflict("CLAIM_IN_ANOTHER_REGISTER", "A claim was taken by another register at the same moment; build it again");
        }
        audit.record(ENTITY, register.id(), "DRAFTED", null, register.auditSummary());
        return new Details(register, lines);
    }

    private Details startBuilding(Request r, KepilPrincipal who, int claims, long maxClaimId, RegisterBuilds.Options options) {
        PaymentRegister register = PaymentRegister.building(r.akimatCode(), r.supplierId(), r.periodFrom(), r.periodTo(), claims,
                maxClaimId, who.iin(), clock.instant(), Instant.now());
        em.persist(register);
        em.flush();
        int chunk = builds.chunkSize(options);
        audit.record(ENTITY, register.id(), "BUILD_REQUESTED", null, register.auditSummary() + " up to claim " + maxClaimId
                + ", chunks of " + chunk);
        return new Details(register, List.of());
    }

    /** Registers of an akimat (finance sees its own, auditors any), newest first. */
    public List<PaymentRegister> list(String akimatCode, RegisterStatus status) {
        KepilPrincipal who = caller.require();
        String akimat = akimatCode;
        if (!who.hasRole(Role.AUDITOR)) {
            akimat = akimat == null ? who.akimatCode() : akimat;
            if (akimat == null || !akimat.equals(who.akimatCode())) {
                throw DomainException.notFound("registers of akimat", akimatCode);
            }
        }
        String q = "SELECT r FROM PaymentRegister r WHERE 1 = 1" + (akimat != null ? " AND r.akimatCode = :akimat" : "")
                + (status != null ? " AND r.status = :status" : "") + " ORDER BY r.id DESC";
        TypedQuery<PaymentRegister> query = em.createQuery(q, PaymentRegister.class).setMaxResults(500);
        if (akimat != null) {
            query.setParameter("akimat", akimat);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** A register with its lines, for finance of its akimat and auditors. */
    public Details details(long id) {
        PaymentRegister r = visible(id);
        return new Details(r, lines(id));
    }

    /**
     * A register with its first {@code maxLines} lines (a batch-built register may have hundreds of
     * thousands); none at all for 0, as a page following a build asks every few seconds.
     */
    public Details details(long id, int maxLines) {
        PaymentRegister r = visible(id);
        if (maxLines <= 0) {
            // Not a query with no rows wanted: to JPA, a maximum of 0 results means no maximum.
            return new Details(r, List.of());
        }
        return new Details(r, em.createQuery("SELECT l FROM RegisterLine l WHERE l.registerId = :r AND l.active = TRUE ORDER BY l.id",
                RegisterLine.class).setParameter("r", id).setMaxResults(maxLines).getResultList());
    }

    /**
     * The register as the approver signs it: the akimat, the period, the lines, the total. A register built
     * in the request lists every line with its supplier's account; one a batch job built (thousands of lines
     * and more) names the SHA-256 of the same list instead ({@code linesSha256}), served whole by
     * {@link #documentLines}: the signature binds every line either way, and the approver signs a
     * document of a few hundred bytes rather than one of hundreds of megabytes.
     */
    public SignableDocument document(long id) {
        PaymentRegister r = built(id);
        Akimat a = regions.requireAkimat(r.akimatCode());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("documentType", "PAYMENT_REGISTER");
        content.put("registerId", r.id());
        content.put("registerNumber", r.number());
        content.put("akimat", Map.of("code", a.code(), "name", a.names().ru(), "bin", a.bin().orElse(""),
                "iban", a.iban().orElse(""), "bic", a.bic().orElse("")));
        content.put("supplierId", r.supplierId().orElse(null));
        content.put("periodFrom", r.periodFrom().toString());
        content.put("periodTo", r.periodTo().toString());
        if (r.builtInBatch()) {
            MessageDigest sha256 = Sha256.digest();
            writeLines(r.id(), sha256::update);
            content.put("linesSha256", Sha256.hex(sha256));
            content.put("linesUrl", "/api/v1/reimbursement/registers/" + r.id() + "/document/lines");
        } else {
            Map<Long, SupplierStandings.Account> accounts = new HashMap<>();
            content.put("lines", lines(id).stream().map(l -> documentLine(l.claimId(), l.orderNumber(), l.amount(),
                    accounts.computeIfAbsent(l.supplierId(), suppliers::account))).toList());
        }
        content.put("lineCount", r.lineCount());
        content.put("total", r.total().toString());
        content.put("currency", "KZT");
        content.put("makerIin", r.createdBy());
        return documents.of("PAYMENT_REGISTER", r.number(), content);
    }

    /** A line as the register's document states it. */
    private static Map<String, Object> documentLine(long claimId, String orderNumber, Money amount, SupplierStandings.Account s) {
        return Map.of("claimId", claimId, "orderNumber", orderNumber, "amount", amount.toString(),
                "supplier", Map.of("id", s.id(), "name", s.name(), "identifier", s.identifier(), "iban", s.iban(),
                        "bic", s.bic()));
    }

    /**
     * The lines of a register the caller may see, built: checked now, they are then written as its document
     * would list them — the canonical JSON array, UTF-8 — a page of lines at a time to the sink given, whatever
     * the register's size; their SHA-256 is the document's {@code linesSha256}.
     */
    public Consumer<BytesSink> documentLines(long id) {
        built(id);
        return out -> writeLines(id, out);
    }

    /** The lines of {@link #documentLines}, of a register already checked. */
    private void writeLines(long id, BytesSink out) {
        Map<Long, SupplierStandings.Account> accounts = new HashMap<>();
        // Values, not entities: within an approval's transaction a million managed lines would stay in memory.
        KeysetPages<Object[]> pages = new KeysetPages<>(last -> em.createQuery("SELECT l.id, l.claimId, l.orderNumber, l.amount,"
                        + " l.supplierId FROM RegisterLine l WHERE l.registerId = :r AND l.active = TRUE AND l.id > :after ORDER BY l.id",
                Object[].class).setParameter("r", id).setParameter("after", last == null ? 0L : (Long) last[0])
                .setMaxResults(LINES_PAGE).getResultList(), LINES_PAGE);
        out.write(new byte[]{'['});
        boolean first = true;
        for (Object[] l : pages) {
            if (!first) {
                out.write(new byte[]{','});
            }
            first = false;
            Map<String, Object> line = documentLine((Long) l[1], (String) l[2], Money.of((BigDecimal) l[3]),
                    accounts.computeIfAbsent((Long) l[4], suppliers::account));
            out.write(documents.canonicalJson(line).getBytes(StandardCharsets.UTF_8));
        }
        out.write(new byte[]{']'});
    }

    /** A register the caller may see, built (not BUILDING): one that has a document. */
    public PaymentRegister built(long id) {
        PaymentRegister r = visible(id);
        requireBuilt(r);
        return r;
    }

    /** Where {@link #documentLines} writes: a digest, or a response's stream. */
    @FunctionalInterface
    public interface BytesSink {
        void write(byte[] bytes);
    }

    /**
     * A finance approver of the akimat, not the maker, approves with an EDS over the register's document:
     * their own signing key, of the akimat's BIN, with the financial-signing role on the certificate.
     */
    @Transactional
    public Details approve(long id, String cms) {
        KepilPrincipal who = requireFinance(visible(id).akimatCode(), Role.FINANCE_APPROVER);
        PaymentRegister r = em.find(PaymentRegister.class, id, LockModeType.PESSIMISTIC_WRITE);
        requireBuilt(r);
        r.requireNotMaker(who.iin());
        if (r.status() != RegisterStatus.DRAFT) {
            throw DomainException.conflict("ILLEGAL_TRANSITION", "A " + r.status() + " register is not approved");
        }
        Akimat a = regions.requireAkimat(r.akimatCode());
        String bin = a.bin().orElseThrow(() -> DomainException.rule("AKIMAT_ACCOUNT_MISSING",
                "Akimat " + a.code() + " has no BIN to sign its registers for"));
        SignableDocument document = document(id);
        SignatureEvidence evidence = signatures.accept(document, cms, SignatureRequirement.financial(who.iin(), bin));
        String before = r.auditSummary();
        r.approve(who.iin(), evidence.id(), document.sha256(), clock.instant());
        audit.record(ENTITY, r.id(), "APPROVED", before, r.auditSummary() + " sha256=" + document.sha256());
        return answer(r);
    }

    /**
     * Finance of the akimat records the bank's payment of an approved register: once. Every claim is
     * REIMBURSED, spends its order's reservation, and its order is reimbursed.
     */
    @Transactional
    public Details pay(long id, String bankReference, LocalDate paidOn) {
        KepilPrincipal who = caller.require();
        PaymentRegister visible = visible(id);
        if (!(who.hasRole(Role.FINANCE_OFFICER) || who.hasRole(Role.FINANCE_APPROVER))
                || !visible.akimatCode().equals(who.akimatCode())) {
            throw DomainException.forbidden("Only finance staff of akimat " + visible.akimatCode() + " record its payments");
        }
        PaymentRegister r = em.find(PaymentRegister.class, id, LockModeType.PESSIMISTIC_WRITE);
        String before = r.auditSummary();
        r.paid(bankReference, paidOn, caller.name(), clock.instant());
        for (RegisterLine l : lines(id)) {
            Claim c = em.find(Claim.class, l.claimId(), LockModeType.PESSIMISTIC_WRITE);
            String claimBefore = c.auditSummary();
            c.reimbursed(r.id(), clock.instant());
            budgets.spend(c.orderId(), c.orderNumber(), c.amount(), r.id());
            audit.record(Claims.ENTITY, c.id(), "REIMBURSED", claimBefore, c.auditSummary());
            reimbursed.fire(new ClaimReimbursed(c.id(), c.orderId(), r.id(), r.bankReference().orElseThrow(), paidOn,
                    clock.instant()));
        }
        audit.record(ENTITY, r.id(), "PAID", before, r.auditSummary() + " paidOn=" + paidOn);
        return answer(r);
    }

    /** A changed register as its change is answered: with its lines, unless a batch job built it (then as ?lines=0). */
    private Details answer(PaymentRegister r) {
        return new Details(r, r.builtInBatch() ? List.of() : lines(r.id()));
    }

    /** A bank file and what it is. */
    public record File(String name, String mediaType, byte[] content) {
    }

    /**
     * The bank payment file of an approved (or paid) register: from the akimat's treasury account, one
     * credit transfer per claim to its supplier's account in the registry, validated for the bank's format.
     */
    @Transactional
    public File paymentFile(long id) {
        PaymentRegister r = visible(id);
        if (r.status() != RegisterStatus.APPROVED && r.status() != RegisterStatus.PAID) {
            throw DomainException.conflict("REGISTER_NOT_APPROVED", "Register " + r.number() + " is " + r.status()
                    + "; only an approved register is paid");
        }
        Akimat a = regions.requireAkimat(r.akimatCode());
        if (a.iban().isEmpty() || a.bic().isEmpty()) {
            throw DomainException.rule("AKIMAT_ACCOUNT_MISSING", "Akimat " + a.code() + " has no account to pay from");
        }
        PaymentInstruction.Party debtor = new PaymentInstruction.Party(a.names().ru(), a.bin().orElse(null), a.iban().get(),
                a.bic().get());
        List<PaymentInstruction.Transfer> transfers = new ArrayList<>();
        Map<Long, SupplierStandings.Account> accounts = new HashMap<>();
        for (RegisterLine l : lines(id)) {
            SupplierStandings.Account s = accounts.computeIfAbsent(l.supplierId(), suppliers::account);
            transfers.add(new PaymentInstruction.Transfer(l.endToEndId(),
                    new PaymentInstruction.Party(s.name(), s.identifier(), s.iban(), s.bic()), l.amount().amount(),
                    "Reimbursement of the guaranteed sum, order " + l.orderNumber() + ", claim " + l.claimId() + ", register "
                            + r.number()));
        }
        LocalDate execution = r.paidOn().orElseGet(() -> KzTime.today(clock));
        byte[] content = bankFile.write(new PaymentInstruction("KEPIL-" + r.number(), r.approvedAt().orElseThrow(), KzTime.ALMATY,
                debtor, execution, "KZT", transfers));
        audit.record(ENTITY, r.id(), "PAYMENT_FILE", null, "pain.001.001.09 " + transfers.size() + " transfers total="
                + r.total() + " sha256=" + Sha256.hex(content));
        return new File("payment-" + r.number() + ".xml", bankFile.mediaType(), content);
    }

    /** The maker discards a draft; its claims are READY again for another register. */
    @Transactional
    public PaymentRegister discard(long id) {
        KepilPrincipal who = requireFinance(visible(id).akimatCode(), Role.FINANCE_OFFICER);
        PaymentRegister r = em.find(PaymentRegister.class, id, LockModeType.PESSIMISTIC_WRITE);
        List<RegisterLine> lines = lines(id);
        String before = r.auditSummary();
        r.discard(lines, who.iin());
        for (RegisterLine l : lines) {
            Claim c = em.find(Claim.class, l.claimId(), LockModeType.PESSIMISTIC_WRITE);
            String claimBefore = c.auditSummary();
            c.releasedFromRegister(r.id());
            audit.record(Claims.ENTITY, c.id(), "UNREGISTERED", claimBefore, c.auditSummary());
        }
        audit.record(ENTITY, id, "DISCARDED", before, r.auditSummary());
        return r;
    }

    private static void requireBuilt(PaymentRegister r) {
        if (r.status() == RegisterStatus.BUILDING) {
            throw DomainException.conflict("REGISTER_BUILDING", "Register " + r.number() + " is still being built ("
                    + r.build().map(b -> b.claimsDone() + " of " + b.claimsToDo() + " claims").orElse("") + ")");
        }
    }

    private List<RegisterLine> lines(long registerId) {
        return em.createQuery("SELECT l FROM RegisterLine l WHERE l.registerId = :r AND l.active = TRUE ORDER BY l.id",
                RegisterLine.class).setParameter("r", registerId).getResultList();
    }

    public PaymentRegister visible(long id) {
        PaymentRegister r = Optional.ofNullable(em.find(PaymentRegister.class, id))
                .orElseThrow(() -> DomainException.notFound("register", id));
        KepilPrincipal who = caller.require();
        boolean finance = (who.hasRole(Role.FINANCE_OFFICER) || who.hasRole(Role.FINANCE_APPROVER))
                && r.akimatCode().equals(who.akimatCode());
        if (!finance && !who.hasRole(Role.AUDITOR)) {
            throw DomainException.notFound("register", id);
        }
        return r;
    }

    private KepilPrincipal requireFinance(String akimatCode, Role role) {
        KepilPrincipal who = caller.require();
        if (!who.hasRole(role) || !akimatCode.equals(who.akimatCode())) {
            throw DomainException.forbidden("Only a " + role + " of akimat " + akimatCode + " may do this");
        }
        return who;
    }
}
