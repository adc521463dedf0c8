package org.seedprint.registry.deposits;

import org.seedprint.registry.accounts.OrganisationService;
import org.seedprint.registry.evidence.CertificateFacts;
import org.seedprint.registry.varieties.CropService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public facts of a deposit as the evidence certificates state them; sealed material stays unnamed. */
@Component
class DepositCertificates {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DepositService deposits;
    private final OrganisationService organisations;
    private final CropService crops;

    DepositCertificates(DepositService deposits, OrganisationService organisations, CropService crops) {
        this.deposits = deposits;
        this.organisations = organisations;
        this.crops = crops;
    }

    CertificateFacts facts(Deposit d) {
        String material = "密封保藏（商业秘密） sealed deposit (trade secret)";
        if (d.visibility() == Visibility.OPEN) {
            JsonNode passport = JSON.readTree(deposits.content(d.id())).path("passport");
            material = passport.path("ACCENUMB").asString()
                    + (passport.has("ACCENAME")
                            ? " " + passport.path("ACCENAME").asString()
                            : "");
        }
        String organisation = d.organisationId() == null
                ? null
                : organisations
                        .find(d.organisationId())
                        .map(o -> o.getNameChinese() == null
                                ? o.getNameLatin()
                                : o.getNameChinese() + " " + o.getNameLatin())
                        .orElse(null);
        return new CertificateFacts(
                "deposit",
                d.id(),
                d.depositor(),
                organisation,
                d.organisationId(),
                // the crop's name as a court reads it; the UPOV code only when the crop is unknown
                crops.find(d.crop())
                        .map(c -> c.getChineseName() + " " + c.getEnglishName() + " (" + c.getLatinName() + ")")
                        .orElse(d.crop()),
                material,
                d.visibility().name(),
                d.digest(),
                d.depositedAt(),
                deposits.timestamp(d.id()),
                d.logIndex());
    }
}
