package org.broadsheet.story;

import java.util.HashMap;
import java.util.Map;

/**
 * One spelling for the names that English, German and French write differently: countries and their adjectives
 * ("Frankreich", "French", "France"), large cities and regions ("Lissabon", "Lisbonne", "Lisbon") and international
 * bodies whose acronyms are translated ("EZB", "BCE", "ECB"). Names and numbers are what reports of one event in
 * different languages share, and these are the names that would otherwise not match. General knowledge of the three
 * languages, not of any corpus; words are given folded ({@link Terms#fold}).
 */
final class Exonyms {
    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        group("germany deutschland allemagne german germans deutsche deutscher deutschen deutsches allemand allemande"
                + " allemands allemandes");
        group("france frankreich french franzosische franzosischen franzosischer francais francaise francaises");
        group("britain grossbritannien british britische britischen britischer britannique britanniques england"
                + " englands angleterre");
        group("spain spanien espagne spanish spanische spanischen espagnol espagnole");
        group("italy italien italie italian italienische italienischen italienne");
        group("portugal portuguese portugiesische portugiesischen portugais portugaise");
        group("ireland irland irlande irish irische irischen irlandais irlandaise");
        group("europe europa european europaische europaischen europaischer europeen europeenne europeens");
        group("netherlands niederlande paysbas dutch niederlandische niederlandischen neerlandais neerlandaise");
        group("belgium belgien belgique belgian belgische belgischen belge belges");
        group("austria osterreich autriche austrian osterreichische osterreichischen autrichien autrichienne");
        group("switzerland schweiz suisse swiss schweizer schweizerische");
        group("poland polen pologne polish polnische polnischen polonais polonaise");
        group("russia russland russie russian russische russischen russe russes");
        group("ukraine ukrainian ukrainische ukrainischen ukrainien ukrainienne");
        group("china chine chinese chinesische chinesischen chinois chinoise");
        group("japan japon japanese japanische japanischen japonais japonaise");
        group("america amerika amerique american amerikanische amerikanischen americain americaine usa etatsunis");
        group("australia australien australie australian australische australischen australienne");
        group("greece griechenland grece greek griechische griechischen grec grecque");
        group("turkey turkei turquie turkish turkische turkischen turc turque");
        group("sweden schweden suede swedish schwedische schwedischen suedois suedoise");
        group("norway norwegen norvege norwegian norwegische norwegischen norvegien norvegienne");
        group("denmark danemark danish danische danischen danois danoise");
        group("london londres");
        group("munich munchen");
        group("cologne koln");
        group("vienna wien vienne");
        group("brussels brussel bruxelles");
        group("lisbon lissabon lisbonne");
        group("rome rom");
        group("milan mailand");
        group("geneva genf geneve");
        group("moscow moskau moscou");
        group("warsaw warschau varsovie");
        group("prague prag");
        group("athens athen athenes");
        group("copenhagen kopenhagen copenhague");
        group("brittany bretagne");
        group("normandy normandie");
        group("bavaria bayern baviere");
        group("ecb ezb bce");
        group("nato otan");
        group("imf iwf fmi");
        group("uno onu");
    }

    private Exonyms() {}

    private static void group(String words) {
        String[] all = words.split(" ");
        for (String w : all) {
            CANONICAL.put(w, all[0]);
        }
    }

    /** The one spelling of {@code folded}, or {@code folded} itself when it has no other. */
    static String canonical(String folded) {
        return CANONICAL.getOrDefault(folded, folded);
    }
}
