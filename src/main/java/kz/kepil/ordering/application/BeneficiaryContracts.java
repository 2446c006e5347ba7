package kz.kepil.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.Representations;
import kz.kepil.ordering.domain.BeneficiaryContract;
import kz.kepil.shared.audit.application.AuditTrail;
import kz.kepil.shared.domain.ContractTexts;
import kz.kepil.shared.error.DomainException;
import kz.kepil.signing.application.CanonicalDocuments;
import kz.kepil.signing.application.SignableDocument;
import kz.kepil.signing.application.Signatures;
import kz.kepil.signing.domain.SignatureEvidence;
import kz.kepil.signing.domain.SignatureRequirement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public contract a beneficiary signs once before ordering (DOMAIN.md §4.1): the document names
 * the version, the digest of each language's text and the beneficiary (and the representative who
 * signs for them, if one does); the signature must be the signer's own. A new version in force is
 * signed again.
 */
@ApplicationScoped
public class BeneficiaryContracts {

    static final String ENTITY = "BeneficiaryContract";
    static final String DOCUMENT = "BENEFICIARY_PUBLIC_CONTRACT";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    Representations representations;

    @Inject
    Signatures signatures;

    @Inject
    CanonicalDocuments documents;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "kepil.ordering.beneficiary-contract-version", defaultValue = "1")
    int currentVersion;

    public ContractTexts current() {
        return ContractTexts.load("kz/kepil/ordering/contract/beneficiary-contract", currentVersion);
    }

    /** The contract as the caller signs it: for themself, or for the person they represent. */
    public SignableDocument document(String forIin) {
        String beneficiary = beneficiary(forIin);
        ContractTexts contract = current();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("documentType", DOCUMENT);
        content.put("contractVersion", contract.version());
        content.put("contractSha256", contract.sha256());
        content.put("beneficiaryIin", beneficiary);
        String signer = caller.require().iin();
        if (!signer.equals(beneficiary)) {
            content.put("representativeIin", signer);
        }
        return documents.of(DOCUMENT, beneficiary + "-v" + contract.version(), content);
    }

    @Transactional
    public BeneficiaryContract sign(String forIin, String cms) {
        String beneficiary = beneficiary(forIin);
        if (accepted(beneficiary).isPresent()) {
            throw DomainException.conflict("CONTRACT_ALREADY_SIGNED", "This version of the public contract is signed already");
        }
        SignatureEvidence evidence = signatures.accept(document(forIin), cms, SignatureRequirement.person(caller.require().iin()));
        BeneficiaryContract signed = new BeneficiaryContract(beneficiary, currentVersion, evidence.signerIin(), evidence.id(),
                clock.instant());
        em.persist(signed);
        em.flush();
        audit.record(ENTITY, signed.id(), "SIGNED", null, beneficiary + " v" + currentVersion + " signer=" + evidence.signerIin());
        return signed;
    }

    /** The acceptance of the version in force by this beneficiary, if they (or a representative) signed it. */
    public Optional<BeneficiaryContract> accepted(String beneficiaryIin) {
        return em.createNamedQuery("BeneficiaryContract.of", BeneficiaryContract.class).setParameter("iin", beneficiaryIin)
                .setParameter("version", currentVersion).getResultStream().findFirst();
    }

    /** The beneficiary the caller acts for: themself, or a person they represent. */
    public String beneficiary(String forIin) {
        return representations.beneficiaryOfCaller(forIin).value();
    }

    public int currentVersion() {
        return currentVersion;
    }
}
