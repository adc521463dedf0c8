package org.seedprint.registry.deposits;

import java.util.List;
import java.util.Objects;
import org.seedprint.registry.accounts.CurrentUser;
import org.seedprint.registry.platform.DomainException.Forbidden;
import org.seedprint.registry.platform.DomainException.Invalid;
import org.seedprint.registry.profiles.ProfileService;
import org.seedprint.registry.varieties.CropService;
import org.seedprint.registry.varieties.Variety;
import org.seedprint.registry.varieties.VarietyService;
import org.springframework.stereotype.Component;

/**
 * Checks what a deposit refers to before anything is stamped or stored: the crop must exist, the
 * variety must exist, be of that crop and be the depositor's organisation's (or nobody's), and the
 * profile must exist and be of that variety (or, without a variety, of one the depositor may cite).
 * A deposit is evidence: one that names a variety its depositor does not own would be a false claim.
 */
@Component
class DepositReferences {

    private final CropService crops;
    private final VarietyService varieties;
    private final ProfileService profiles;

    DepositReferences(CropService crops, VarietyService varieties, ProfileService profiles) {
        this.crops = crops;
        this.varieties = varieties;
        this.profiles = profiles;
    }

    void check(DepositRequest request, CurrentUser depositor) {
        if (crops.find(request.crop()).isEmpty()) {
            throw new Invalid("crop", "crop: no crop with the UPOV code '" + request.crop() + "'");
        }
        Long varietyId = request.varietyId();
        if (varietyId != null) {
            checkVariety("varietyId", varietyId, request.crop(), depositor);
        }
        Long profileId = request.profileId();
        if (profileId != null) {
            Long ofProfile = profiles.varietyOfProfiles(List.of(profileId)).get(profileId);
            if (ofProfile == null) {
                throw new Invalid("profileId", "profileId: no stored profile " + profileId);
            }
            if (varietyId != null && !varietyId.equals(ofProfile)) {
                throw new Invalid(
                        "profileId",
                        "profileId: profile " + profileId + " is of variety " + ofProfile + ", not of variety "
                                + varietyId);
            }
            if (varietyId == null) {
                checkVariety("profileId", ofProfile, request.crop(), depositor);
            }
        }
    }

    private void checkVariety(String field, long id, String crop, CurrentUser depositor) {
        Variety v = varieties.find(id).orElseThrow(() -> new Invalid(field, field + ": no variety " + id));
        Long owner = v.getOwnerOrganisationId();
        if (owner != null && !Objects.equals(owner, depositor.organisationId())) {
            throw new Forbidden(
                    field,
                    field + ": variety " + id + " belongs to another organisation; a breeder deposits its own"
                            + " organisation's varieties");
        }
        if (!v.getCropCode().equals(crop)) {
            throw new Invalid(field, field + ": variety " + id + " is of crop " + v.getCropCode() + ", not of " + crop);
        }
    }
}
