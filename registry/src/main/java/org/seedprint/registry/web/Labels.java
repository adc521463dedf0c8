package org.seedprint.registry.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Chinese and English labels of the domain's codes, for the templates ({@code @labels}). */
@Component("labels")
public class Labels {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("AUTHORISED", "审定品种"),
            Map.entry("CANDIDATE", "待测品种"),
            Map.entry("GERMPLASM_ACCESSION", "种质资源"),
            Map.entry("FARMER_VARIETY", "农家品种"),
            Map.entry("APPLIED", "已申请"),
            Map.entry("UNDER_EXAMINATION", "审查中"),
            Map.entry("GRANTED", "已授权"),
            Map.entry("REJECTED", "已驳回"),
            Map.entry("WITHDRAWN", "已撤回"),
            Map.entry("EXPIRED", "已终止"),
            Map.entry("ACTIVE", "有效"),
            Map.entry("CROSS", "杂交"),
            Map.entry("BACKCROSS", "回交"),
            Map.entry("MUTATION", "突变"),
            Map.entry("SELECTION", "选育"),
            Map.entry("LANDRACE", "地方品种"),
            Map.entry("UNKNOWN", "未知"),
            Map.entry("FEMALE", "母本"),
            Map.entry("MALE", "父本"),
            Map.entry("RECURRENT", "轮回亲本"),
            Map.entry("MUTANT_OF", "突变自"),
            Map.entry("SELECTED_FROM", "选自"),
            Map.entry("BREEDER", "育种者"),
            Map.entry("EXAMINER", "审查员"),
            Map.entry("COURT", "法院"),
            Map.entry("ADMINISTRATOR", "管理员"),
            Map.entry("OPEN", "公开"),
            Map.entry("SEALED", "保密"),
            Map.entry("SUCCESS", "成功"),
            Map.entry("FAILURE", "失败"),
            Map.entry("DENIED", "被拒绝"),
            Map.entry("CONSENT", "保藏人同意"),
            Map.entry("COURT_ORDER", "法院命令"),
            Map.entry("indistinct", "无明显差异"),
            Map.entry("edv-candidate", "疑似实质性派生"),
            Map.entry("distinct", "具有明显差异"),
            Map.entry("inconclusive", "无法判定"),
            Map.entry("REQUESTED", "待答复"),
            Map.entry("APPROVED", "已批准"),
            Map.entry("REFUSED", "已拒绝"),
            Map.entry("AGREED", "已签约"),
            Map.entry("FULFILLED", "已发货"),
            Map.entry("CLOSED", "已关闭"),
            Map.entry("DRAFT", "待接受"),
            Map.entry("ACCEPTED", "已生效"),
            Map.entry("DETECTED", "已发现"),
            Map.entry("NOTIFIED", "已通知"),
            Map.entry("CLAIMED", "已主张"),
            Map.entry("DISMISSED", "不予主张"),
            Map.entry("SETTLED", "已和解"),
            Map.entry("DISPUTED", "有争议"),
            Map.entry("RESEARCH", "科研"),
            Map.entry("BREEDING", "育种"),
            Map.entry("COMMERCIAL", "商业"),
            Map.entry("request", "访问申请"),
            Map.entry("agreement", "协议"),
            Map.entry("claim", "惠益主张"),
            Map.entry("decision", "答复"));

    private static final Map<String, String> EN = Map.of(
            "GERMPLASM_ACCESSION",
            "Germplasm accession",
            "FARMER_VARIETY",
            "Farmer variety",
            "UNDER_EXAMINATION",
            "Under examination",
            "MUTANT_OF",
            "Mutant of",
            "SELECTED_FROM",
            "Selected from",
            "edv-candidate",
            "EDV candidate");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** "2026-12-02 05:33:10 UTC": pages show times in UTC, as the certificates do. */
    public String time(@Nullable Instant t) {
        return t == null ? "—" : TIME.format(t);
    }

    /** "2026-12-02" (UTC). */
    public String day(@Nullable Instant t) {
        return t == null
                ? "—"
                : DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(t);
    }

    /** "审定品种 Authorised" for AUTHORISED; the code itself when unknown. */
    public String of(Object code) {
        if (code == null) return "";
        String key = code.toString();
        String zh = ZH.get(key);
        return zh == null ? key : zh + " " + english(key);
    }

    public String english(Object code) {
        String key = code.toString();
        String en = EN.get(key);
        if (en != null) return en;
        String words = key.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
