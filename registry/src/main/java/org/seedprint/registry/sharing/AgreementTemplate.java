package org.seedprint.registry.sharing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The SMTA-like material transfer template: the canonical terms of an agreement (plain maps,
 * lists, strings and integers for RFC 8785; amounts as decimal strings, never floating point).
 */
final class AgreementTemplate {

    static final String TERMS_SCHEMA = "seedprint.agreement-terms/v1";
    static final String SCHEMA = "seedprint.agreement/v1";
    static final String TEMPLATE = "seedprint.smta/v1";

    private AgreementTemplate() {}

    /** A party as the terms name it. */
    record Party(long organisationId, String code, String name) {
        Map<String, Object> canonical() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("organisationId", organisationId);
            m.put("code", code);
            m.put("name", name);
            return m;
        }
    }

    /** One deposit the agreement covers, by id and digest, and what of it is transferred. */
    record Material(
            UUID depositId,
            String sha256,
            String crop,
            String title,
            @Nullable String seed,
            boolean genotype,
            boolean passport) {
        Map<String, Object> canonical() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("depositId", depositId.toString());
            m.put("sha256", sha256);
            m.put("crop", crop);
            m.put("title", title);
            if (seed != null) m.put("seedOrTissue", seed);
            m.put("genotypeData", genotype);
            m.put("passportData", passport);
            return m;
        }
    }

    static Map<String, Object> terms(
            UUID id,
            @Nullable Long requestId,
            @Nullable UUID amends,
            Party provider,
            Party recipient,
            List<Material> material,
            SharingUse use,
            OfferTerms t,
            String draftedBy,
            Instant draftedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", TERMS_SCHEMA);
        m.put("template", TEMPLATE);
        m.put("id", id.toString());
        if (requestId != null) m.put("request", requestId);
        if (amends != null) m.put("amends", amends.toString());
        m.put("provider", provider.canonical());
        m.put("recipient", recipient.canonical());
        m.put("material", material.stream().map(x -> (Object) x.canonical()).toList());
        m.put("permittedUse", use.name());
        m.put("durationMonths", t.durationMonths());
        Map<String, Object> payment = new LinkedHashMap<>();
        if (t.feeAmount() != null && t.feeCurrency() != null) {
            payment.put("fee", Map.of("amount", money(t.feeAmount()), "currency", t.feeCurrency()));
        }
        if (t.royaltyPercent() != null) payment.put("royaltyPercentOfSales", money(t.royaltyPercent()));
        m.put("payment", payment);
        Map<String, Object> dv = new LinkedHashMap<>();
        dv.put("percentOfSales", money(t.derivedVarietyPercent()));
        dv.put(
                "clause",
                Map.of(
                        "zh",
                        derivedVarietyZh(t.derivedVarietyPercent()),
                        "en",
                        derivedVarietyEn(t.derivedVarietyPercent())));
        m.put("derivedVariety", dv);
        m.put("draftedBy", draftedBy);
        m.put("draftedAt", draftedAt.toString());
        return m;
    }

    static String derivedVarietyZh(BigDecimal percent) {
        return "接收方或其被许可人以本协议材料为基础育成的实质性派生品种获得品种权保护或者被销售的，" + "接收方应按该品种销售额的" + money(percent) + "%向提供方支付惠益分享款。";
    }

    static String derivedVarietyEn(BigDecimal percent) {
        return "If a variety essentially derived from the material is protected or sold by the recipient or its "
                + "licensees, the recipient shall pay the provider " + money(percent)
                + "% of the sales of that variety.";
    }

    static String money(BigDecimal v) {
        return v.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
