package org.seedprint.registry.web;

import java.util.Map;
import org.seedprint.matcher.InputFormatException;
import org.seedprint.registry.platform.DomainException;

/**
 * A server message as the pages show it: a Chinese sentence naming the kind of problem and the
 * record or field, then the service's English detail ("未找到品种 42 · variety 42 not found").
 * The services speak English only; this is the one place where pages put Chinese in front.
 */
public final class Bilingual {

    private Bilingual() {}

    /** The records a service names in its messages ("variety 42 not found"). */
    private static final Map<String, String> RECORDS = Map.ofEntries(
            Map.entry("variety", "品种"),
            Map.entry("deposit", "保藏"),
            Map.entry("case", "案件"),
            Map.entry("grant", "授权"),
            Map.entry("profile", "指纹"),
            Map.entry("panel", "标记组"),
            Map.entry("crop", "作物"),
            Map.entry("token", "令牌"),
            Map.entry("user", "用户"),
            Map.entry("organisation", "机构"),
            Map.entry("sample", "样品"),
            Map.entry("import", "导入任务"),
            Map.entry("offer", "共享资源"),
            Map.entry("agreement", "协议"),
            Map.entry("claim", "惠益主张"));

    public static String of(DomainException e) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        return switch (e) {
            case DomainException.NotFound n -> "未找到" + record(detail) + " · " + detail;
            case DomainException.Invalid i -> "输入有误（" + i.field() + "）· " + detail;
            case DomainException.Conflict c -> "与已有记录冲突" + field(c) + " · " + detail;
            case DomainException.Forbidden f -> "无权进行此操作 · " + detail;
            case DomainException.PreconditionFailed p -> "记录已被他人修改，请重新打开 · " + detail;
            case DomainException.PreconditionRequired p -> "缺少版本信息 · " + detail;
            case DomainException.TooLarge t -> "上传内容过大 · " + detail;
            case DomainException.TooManyRequests t -> "请求过于频繁，请稍后再试 · " + detail;
        };
    }

    public static String of(InputFormatException e) {
        return "文件格式有误（" + e.source() + " 第 " + e.line() + " 行，字段 " + e.field() + "）· " + e.getMessage();
    }

    public static String missingParameter(String name) {
        return "缺少参数 " + name + " · missing parameter " + name;
    }

    public static String badParameter(String name, Object value, String type) {
        return "参数 " + name + " 的值无效：" + value + " · " + name + ": '" + value + "' is not a valid " + type;
    }

    public static String noPage(String path) {
        return "没有这个页面或记录：" + path + " · no page or record at " + path;
    }

    /** "品种 42" for "variety 42 not found": the record's Chinese name and its id, when the record is known. */
    private static String record(String detail) {
        String[] words = detail.split(" ", 2);
        String zh = RECORDS.get(words[0]);
        if (zh == null) return "记录";
        String rest = words.length > 1 ? words[1].replaceFirst(" not found$", "") : "";
        return zh + (rest.isEmpty() ? "" : " " + rest);
    }

    private static String field(DomainException e) {
        return e.field() == null ? "" : "（" + e.field() + "）";
    }
}
