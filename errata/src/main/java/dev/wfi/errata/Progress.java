package dev.wfi.errata;

/** Told after each page is checked, so a terminal front end can show "pages done of total". */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void pageDone(int done, int total);
}
