package dev.wfi.errata.check;

import dev.wfi.errata.Kind;
import dev.wfi.report.Severity;
import dev.wfi.errata.extract.ExtractedPage;

/**
 * Relative links to doc pages with capitals in the file name. Graph's doc files are all lower case, and the
 * published site is case-sensitive, so "../resources/identitySet.md" breaks where "identityset.md" works.
 */
final class LinkCaseRule implements Rule {

    @Override
    public String id() {
        return "WFI-LINK-CASE";
    }

    @Override
    public Kind kind() {
        return Kind.LINK;
    }

    @Override
    public void check(PageContext page, Findings findings) {
        for (ExtractedPage.Link link : page.page().links()) {
            String target = link.target();
            if (target.contains("://") || target.startsWith("#") || target.startsWith("/")) {
                continue;
            }
            String path = target.split("#", 2)[0];
            String file = path.substring(path.lastIndexOf('/') + 1);
            if (file.endsWith(".md") && !file.equals(file.toLowerCase(java.util.Locale.ROOT))) {
                int column = page.line(link.line()).indexOf(target) + 1;
                findings.add(this, Severity.WARNING, link.line(), column, "link target '" + target
                        + "' has capitals; doc file names are lower case: '"
                        + path.substring(0, path.length() - file.length()) + file.toLowerCase(java.util.Locale.ROOT) + "'");
            }
        }
    }
}
