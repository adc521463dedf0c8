package org.seedprint.registry.accounts;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public face of organisations for the other areas. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Optional<Organisation> find(long id) {
        return organisations.findById(id);
    }

    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code);
    }

    public Page<Organisation> list(Pageable page) {
        return organisations.findAll(page);
    }

    /** The organisation with this code, created with these details if it does not exist yet. */
    @Transactional
    public Organisation findOrCreate(
            String code,
            String nameLatin,
            @Nullable String nameChinese,
            Organisation.Kind kind,
            @Nullable String countryCode) {
        return organisations
                .findByCode(code)
                .orElseGet(() -> organisations.save(new Organisation(code, nameLatin, nameChinese, kind, countryCode)));
    }
}
