package org.seedprint.registry.examination;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One application as a batch's CSV states it, checked for form (not yet against what is stored). */
record ApplicationRow(
        long line,
        String number,
        String applicant,
        String cropCode,
        @Nullable String denominationLatin,
        @Nullable String denominationChinese,
        @Nullable String female,
        @Nullable String male,
        @Nullable String derivation,
        LocalDate filingDate,
        String sample) {}
