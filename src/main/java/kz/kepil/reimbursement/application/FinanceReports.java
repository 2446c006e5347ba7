package kz.kepil.reimbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.UserAccounts;
import kz.kepil.identity.domain.Role;
import kz.kepil.identity.domain.UserAccount;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.reimbursement.domain.ClaimStatus;
import kz.kepil.reimbursement.domain.PaymentRegister;
import kz.kepil.reimbursement.domain.RegisterPdf;
import kz.kepil.reimbursement.domain.RegisterReport;
import kz.kepil.reimbursement.domain.RegisterStatus;
import kz.kepil.reimbursement.domain.ReportFile;
import kz.kepil.reimbursement.domain.ReportTexts;
import kz.kepil.reimbursement.domain.Spreadsheet;
import kz.kepil.reimbursement.domain.Table;
import kz.kepil.reimbursement.domain.Table.Column;
import kz.kepil.reimbursement.domain.Table.Kind;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;
import kz.kepil.shared.region.domain.Akimat;
import kz.kepil.signing.application.Signatures;
import kz.kepil.signing.domain.SignatureEvidence;
import kz.kepil.signing.domain.SignatureRequirement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The finance reports of an akimat: a payment register as a PDF (its approval's signature and signed
 * document attached), the lines of a register, its claims and its registers as spreadsheets. Finance staff
 * of the akimat and auditors read them, as they read the registers and claims themselves; everyone else is
 * told there is nothing to see. Rows are read a page at a time by key, and written as they come, so a
 * report of hundreds of thousands of lines never sits in memory. Every report made is audited.
 */
@ApplicationScoped
public class FinanceReports {

    static final String ENTITY = "FinanceReport";
    /** Rows read from the database at a time. */
    static final int PAGE = 1000;

    private static final String LINES = "SELECT l.id, l.orderNumber, c.iin, c.classifierCode, c.orderCompletedAt, l.amount,"
            + " l.supplierId FROM RegisterLine l, Claim c WHERE c.id = l.claimId AND l.registerId = :register";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Registers registers;

    @Inject
    Regions regions;

    @Inject
    SupplierStandings suppliers;

    @Inject
    Signatures signatures;

    @Inject
    Classifier classifier;

    @Inject
    UserAccounts users;

    @Inject
    RegisterPdf pdf;

    @Inject
    Spreadsheet spreadsheet;

    /** Which claims to export: the akimat (the caller's own for finance), status, supplier, completion days. */
    public record ClaimFilter(String akimatCode, ClaimStatus status, Long supplierId, LocalDate from, LocalDate to) {
    }

    /**
     * A register as a PDF: its facts and every line; once approved, the approver's certificate and signing
     * time, the signature verified again, and the exact document signed and the CMS attached; once paid, the
     * payment. {@code verifyUrl} is the portal's verification page, named on the PDF.
     */
    @Transactional
    public ReportFile registerPdf(long id, ReportTexts texts, String verifyUrl) {
        PaymentRegister r = registers.visible(id);
        Akimat a = regions.requireAkimat(r.akimatCode());
        RegisterReport.Party akimat = new RegisterReport.Party(a.names().in(texts.locale()), a.code(), a.bin().orElse(null),
                a.iban().orElse(null), a.bic().orElse(null));
        List<RegisterReport.Party> paid = supplierIds(r).stream().map(s -> {
            SupplierStandings.Account account = suppliers.account(s);
            return new RegisterReport.Party(account.name(), String.valueOf(account.id()), account.identifier(), account.iban(),
                    account.bic());
        }).toList();
        Optional<RegisterReport.Approval> approval = r.approvalSignatureId().map(s -> approval(r, s, a));
        Optional<RegisterReport.Payment> payment = r.bankReference().map(ref -> new RegisterReport.Payment(ref,
                r.paidOn().orElse(null), r.paidAt().orElse(null), r.paidBy().orElse(null)));
        RegisterReport report = new RegisterReport(r.number(), r.status(), akimat, paid, r.periodFrom(), r.periodTo(),
                r.lineCount(), r.total().amount(), person(r.createdBy(), null), r.createdAt(), approval, payment, verifyUrl);
        ReportFile file = pdf.write("register-" + r.number() + ".pdf", report, lines(r, texts), texts);
        audit.record(Registers.ENTITY, r.id(), "PDF", null, "register " + r.number() + " " + r.status() + " as PDF in "
                + texts.locale().getLanguage() + ": lines=" + r.lineCount() + " total=" + r.total()
                + approval.map(x -> " approval signature=" + r.approvalSignatureId().orElseThrow() + " sha256="
                + x.documentSha256() + (x.verified() ? " verified" : " NOT verified")).orElse(" not approved"));
        return file;
    }

    /** The lines of a register as a spreadsheet, with their total. */
    @Transactional
    public ReportFile registerLines(long id, ReportTexts texts) {
        PaymentRegister r = registers.visible(id);
        Map<Long, String> names = new HashMap<>();
        int[] count = {0};
        Iterable<List<Object>> rows = mapped(lines(r, texts), l -> {
            count[0]++;
            return Arrays.asList(l.position(), l.orderNumber(), l.beneficiaryIin(), l.classifierCode(), l.classifierName(),
                    l.completedAt(), l.supplierId(), supplierName(names, l.supplierId()), l.amount());
        });
        ReportFile file = spreadsheet.write("register-" + r.number() + "-lines.xlsx", new Table(
                texts.format("xlsx.lines", r.number()), List.of(new Column(texts.text("col.position"), Kind.INTEGER, 8),
                new Column(texts.text("col.order"), Kind.TEXT, 14), new Column(texts.text("col.iin"), Kind.TEXT, 15),
                new Column(texts.text("col.typeCode"), Kind.TEXT, 14), new Column(texts.text("col.type"), Kind.TEXT, 40),
                new Column(texts.text("col.completed"), Kind.DATE_TIME, 18), new Column(texts.text("col.supplierId"), Kind.INTEGER, 10),
                new Column(texts.text("col.supplier"), Kind.TEXT, 32), new Column(texts.text("col.amount"), Kind.MONEY, 18)),
                rows, texts.text("xlsx.total")));
        audit.record(Registers.ENTITY, r.id(), "LINES_XLSX", null, "register " + r.number() + " lines as a spreadsheet: rows="
                + count[0] + " total=" + r.total());
        return file;
    }

    /** The claims of an akimat (every akimat's for an auditor who names none), oldest first. */
    @Transactional
    public ReportFile claims(ClaimFilter f, ReportTexts texts) {
        String akimat = readableAkimat(f.akimatCode());
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw DomainException.invalid("VALIDATION_FAILED", "from is on or before to");
        }
        StringBuilder q = new StringBuilder("SELECT c.id, c.orderNumber, c.status, c.supplierId, c.iin, c.classifierCode,"
                + " c.quantity, c.guaranteedSum, c.amount, c.orderSignedAt, c.orderCompletedAt, c.registerId, c.failure,"
                + " c.rejectedReason FROM Claim c WHERE c.id > :after");
        if (akimat != null) {
            q.append(" AND c.akimatCode = :akimat");
        }
        if (f.status() != null) {
            q.append(" AND c.status = :status");
        }
        if (f.supplierId() != null) {
            q.append(" AND c.supplierId = :supplier");
        }
        if (f.from() != null) {
            q.append(" AND c.orderCompletedAt >= :from");
        }
        if (f.to() != null) {
            q.append(" AND c.orderCompletedAt < :to");
        }
        String jpql = q.append(" ORDER BY c.id").toString();
        KeysetPages<Object[]> pages = new KeysetPages<>(last -> {
            TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("after", last == null ? 0L : last[0])
                    .setMaxResults(PAGE);
            if (akimat != null) {
                query.setParameter("akimat", akimat);
            }
            if (f.status() != null) {
                query.setParameter("status", f.status());
            }
            if (f.supplierId() != null) {
                query.setParameter("supplier", f.supplierId());
            }
            if (f.from() != null) {
                query.setParameter("from", f.from().atStartOfDay(KzTime.ALMATY).toInstant());
            }
            if (f.to() != null) {
                query.setParameter("to", KzTime.endOf(f.to()));
            }
            return query.getResultList();
        }, PAGE);
        Map<Long, String> names = new HashMap<>();
        BigDecimal[] total = {BigDecimal.ZERO};
        int[] count = {0};
        Iterable<List<Object>> rows = mapped(pages, c -> {
            count[0]++;
            total[0] = total[0].add((BigDecimal) c[8]);
            long supplier = (Long) c[3];
            String note = c[12] != null ? (String) c[12] : (String) c[13];
            return Arrays.asList(c[0], c[1], texts.text("status." + ((ClaimStatus) c[2]).name()), supplier,
                    supplierName(names, supplier), c[4], c[5], classifier.nameOf((String) c[5], texts.locale()), c[6], c[7], c[8],
                    c[9], c[10], c[11] == null ? null : "R-" + c[11], note);
        });
        ReportFile file = spreadsheet.write("claims" + (akimat != null ? "-" + akimat : "") + ".xlsx", new Table(
                texts.text("xlsx.claims"), List.of(new Column(texts.text("col.claim"), Kind.INTEGER, 9),
                new Column(texts.text("col.order"), Kind.TEXT, 14), new Column(texts.text("col.status"), Kind.TEXT, 20),
                new Column(texts.text("col.supplierId"), Kind.INTEGER, 10), new Column(texts.text("col.supplier"), Kind.TEXT, 32),
                new Column(texts.text("col.iin"), Kind.TEXT, 15), new Column(texts.text("col.typeCode"), Kind.TEXT, 14),
                new Column(texts.text("col.type"), Kind.TEXT, 36), new Column(texts.text("col.quantity"), Kind.INTEGER, 9),
                new Column(texts.text("col.guaranteedSum"), Kind.MONEY, 18), new Column(texts.text("col.amount"), Kind.MONEY, 18),
                new Column(texts.text("col.signed"), Kind.DATE_TIME, 18), new Column(texts.text("col.completed"), Kind.DATE_TIME, 18),
                new Column(texts.text("col.register"), Kind.TEXT, 10), new Column(texts.text("col.note"), Kind.TEXT, 50)),
                rows, texts.text("xlsx.total")));
        audit.record(ENTITY, akimat == null ? "*" : akimat, "CLAIMS_XLSX", null, "claims as a spreadsheet: akimat="
                + (akimat == null ? "every" : akimat) + (f.status() != null ? " status=" + f.status() : "")
                + (f.supplierId() != null ? " supplier=" + f.supplierId() : "") + (f.from() != null ? " from=" + f.from() : "")
                + (f.to() != null ? " to=" + f.to() : "") + " rows=" + count[0] + " amount=" + total[0]);
        return file;
    }

    /** The registers of an akimat whose period falls in the year (every akimat's for an auditor who names none). */
    @Transactional
    public ReportFile registers(String akimatCode, int year, ReportTexts texts) {
        String akimat = readableAkimat(akimatCode);
        Budgets.checkYear(year);
        String jpql = "SELECT r.id, r.status, r.supplierId, r.periodFrom, r.periodTo, r.lineCount, r.total, r.createdBy,"
                + " r.createdAt, r.approvedBy, r.approvedAt, r.bankReference, r.paidOn FROM PaymentRegister r WHERE r.id > :after"
                + " AND r.periodFrom <= :last AND r.periodTo >= :first" + (akimat != null ? " AND r.akimatCode = :akimat" : "")
                + " ORDER BY r.id";
        KeysetPages<Object[]> pages = new KeysetPages<>(last -> {
            TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("after", last == null ? 0L : last[0])
                    .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                    .setMaxResults(PAGE);
            if (akimat != null) {
                query.setParameter("akimat", akimat);
            }
            return query.getResultList();
        }, PAGE);
        Map<Long, String> names = new HashMap<>();
        int[] count = {0};
        Iterable<List<Object>> rows = mapped(pages, r -> {
            count[0]++;
            Long supplier = (Long) r[2];
            return Arrays.asList("R-" + r[0], texts.text("status." + ((RegisterStatus) r[1]).name()),
                    supplier == null ? texts.text("xlsx.allSuppliers") : supplierName(names, supplier), r[3], r[4], r[5], r[6],
                    r[7], r[8], r[9], r[10], r[11], r[12]);
        });
        ReportFile file = spreadsheet.write("registers" + (akimat != null ? "-" + akimat : "") + "-" + year + ".xlsx", new Table(
                texts.text("xlsx.registers"), List.of(new Column(texts.text("col.register"), Kind.TEXT, 10),
                new Column(texts.text("col.status"), Kind.TEXT, 14), new Column(texts.text("col.supplier"), Kind.TEXT, 32),
                new Column(texts.text("col.periodFrom"), Kind.DATE, 12), new Column(texts.text("col.periodTo"), Kind.DATE, 12),
                new Column(texts.text("col.lines"), Kind.INTEGER, 9), new Column(texts.text("col.total"), Kind.MONEY, 18),
                new Column(texts.text("col.maker"), Kind.TEXT, 15), new Column(texts.text("col.created"), Kind.DATE_TIME, 18),
                new Column(texts.text("col.approver"), Kind.TEXT, 15), new Column(texts.text("col.approved"), Kind.DATE_TIME, 18),
                new Column(texts.text("col.bankReference"), Kind.TEXT, 20), new Column(texts.text("col.paidOn"), Kind.DATE, 12)),
                rows, texts.text("xlsx.total")));
        audit.record(ENTITY, akimat == null ? "*" : akimat, "REGISTERS_XLSX", null, "registers as a spreadsheet: akimat="
                + (akimat == null ? "every" : akimat) + " year=" + year + " rows=" + count[0]);
        return file;
    }

    /**
     * The akimat a reader may report on: finance staff their own (the default), auditors any or, naming none,
     * every akimat (null). Another akimat's staff are told it is not there.
     */
    public String readableAkimat(String akimatCode) {
        KepilPrincipal who = caller.require();
        if (who.hasRole(Role.AUDITOR)) {
            if (akimatCode != null) {
                regions.akimat(akimatCode).orElseThrow(() -> DomainException.notFound("akimat", akimatCode));
            }
            return akimatCode;
        }
        boolean finance = who.hasRole(Role.FINANCE_OFFICER) || who.hasRole(Role.FINANCE_APPROVER);
        String akimat = akimatCode == null ? who.akimatCode() : akimatCode;
        if (!finance || akimat == null || !akimat.equals(who.akimatCode())) {
            throw DomainException.notFound("reports of akimat", akimatCode);
        }
        return akimat;
    }

    private RegisterReport.Approval approval(PaymentRegister r, long signatureId, Akimat a) {
        String approver = r.approvedBy().orElseThrow();
        Signatures.Reverification v = signatures.reverify(signatureId, SignatureRequirement.financial(approver, a.bin().orElse("")));
        SignatureEvidence e = v.evidence();
        if (e == null) {
            throw new IllegalStateException("register " + r.number() + " names signature " + signatureId + ", which is not kept");
        }
        return new RegisterReport.Approval(person(approver, e.signerName()), v.certificate() != null ? v.certificate().subject()
                : e.signerName(), e.certificateSerial(), e.certificateIssuer(), e.signedAt(), e.documentSha256(),
                e.documentContent().orElse(""), e.cms(), v.valid(), v.detail());
    }

    private RegisterReport.Person person(String iin, String fallbackName) {
        String name;
        try {
            name = users.byIin(Iin.of(iin)).map(UserAccount::fullName).orElse(fallbackName);
        } catch (DomainException notAnIin) {
            name = fallbackName;
        }
        return new RegisterReport.Person(iin, name);
    }

    /** The suppliers a register pays: its one supplier, or those of its lines. */
    private List<Long> supplierIds(PaymentRegister r) {
        if (r.supplierId().isPresent()) {
            return List.of(r.supplierId().get());
        }
        return em.createQuery("SELECT l.supplierId FROM RegisterLine l WHERE l.registerId = :register"
                        + (r.status() == RegisterStatus.DISCARDED ? "" : " AND l.active = TRUE") + " GROUP BY l.supplierId ORDER BY l.supplierId",
                Long.class).setParameter("register", r.id()).getResultList();
    }

    /** A register's lines in order, a page at a time; a discarded draft's lines are those it held. */
    private Iterable<RegisterReport.Line> lines(PaymentRegister r, ReportTexts texts) {
        String jpql = LINES + (r.status() == RegisterStatus.DISCARDED ? "" : " AND l.active = TRUE")
                + " AND l.id > :after ORDER BY l.id";
        KeysetPages<Object[]> pages = new KeysetPages<>(last -> em.createQuery(jpql, Object[].class)
                .setParameter("register", r.id()).setParameter("after", last == null ? 0L : last[0]).setMaxResults(PAGE)
                .getResultList(), PAGE);
        return () -> {
            Iterator<Object[]> rows = pages.iterator();
            return new Iterator<>() {
                private int position;

                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public RegisterReport.Line next() {
                    Object[] l = rows.next();
                    String code = (String) l[3];
                    return new RegisterReport.Line(++position, (String) l[1], (String) l[2], code,
                            classifier.nameOf(code, texts.locale()), (Instant) l[4], (BigDecimal) l[5], (Long) l[6]);
                }
            };
        };
    }

    private String supplierName(Map<Long, String> names, long supplierId) {
        return names.computeIfAbsent(supplierId, id -> {
            try {
                return suppliers.account(id).name();
            } catch (DomainException gone) {
                return String.valueOf(id);
            }
        });
    }

    private static <A, B> Iterable<B> mapped(Iterable<A> source, Function<A, B> f) {
        return () -> {
            Iterator<A> it = source.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public B next() {
                    return f.apply(it.next());
                }
            };
        };
    }
}
