package org.seedprint.matcher.io;

/**
 * One sample's call at one variant site: the alleles as bases, in call order (one per
 * chromosome copy), and whether that order is a phase. Readers pass {@code null} for a no-call.
 */
record SiteCall(String[] alleles, boolean phased) {

    boolean heterozygous() {
        for (int i = 1; i < alleles.length; i++) {
            if (!alleles[i].equals(alleles[0])) return true;
        }
        return false;
    }
}
