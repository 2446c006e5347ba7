package kz.kepil.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.kepil.shared.domain.ContractTexts;
import org.eclipse.microprofile.config.inject.ConfigProperty;


/**
 * The versions of the public offer contract, kept as text files in three languages
 * ({@code kz/kepil/registry/contract/public-offer-N.<lang>.txt}). The current version is the one a
 * supplier must have signed to be admitted; the signed document names the version and the digest of
 * each language's text, so the signature binds the exact wording.
 */
@ApplicationScoped
public class PublicContracts {

    /**
     * The version in force, by configuration (its texts must exist). Publishing a new version means every
     * listed supplier's signatory signs again before the supplier takes new orders.
     */
    @Inject
    @ConfigProperty(name = "kepil.registry.contract-version", defaultValue = "1")
    int currentVersion;

    public int currentVersion() {
        return currentVersion;
    }

    public ContractTexts current() {
        return version(currentVersion);
    }

    public ContractTexts version(int version) {
        return ContractTexts.load("kz/kepil/registry/contract/public-offer", version);
    }
}
