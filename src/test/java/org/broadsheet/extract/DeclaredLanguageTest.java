package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredLanguageTest {
    private static final String ENGLISH =
            "The town council voted on Tuesday evening to fund a new harbour wall, ending a"
                    + " debate that has run for most of the decade. Work is expected to begin in the spring and will take two"
                    + " years, while the fish market moves to the old rope works by the station. ";
    private static final String FRENCH = "Le conseil municipal a voté mardi soir, après un long débat, la construction"
            + " d'une nouvelle digue. Les travaux doivent commencer au printemps et durer deux ans, pendant lesquels"
            + " le marché aux poissons déménagera dans la vieille corderie de la gare. ";
    private static final String SPANISH = "El ayuntamiento aprobó el martes por la noche, tras un largo debate, la"
            + " construcción de un nuevo muro en el puerto. Las obras empezarán en la primavera y durarán dos años,"
            + " mientras el mercado de pescado se traslada a la antigua cordelería de la estación. ";
    private static final String LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod"
            + " tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation"
            + " ullamco laboris nisi ut aliquip ex ea commodo consequat. ";
    private static final String RUSSIAN = "Городской совет во вторник вечером после долгих споров проголосовал за"
            + " строительство новой стены в гавани. Работы начнутся весной и продлятся два года, а рыбный рынок пока"
            + " переедет в старую канатную мастерскую у вокзала. ";
    private static final String JAPANESE = "市議会は火曜日の夜、長い議論の末に港の新しい防波堤の建設を決めました。工事は春に始まり、"
            + "二年間続く予定です。その間、魚市場は駅の近くにある古い倉庫に移ります。地元の漁師たちはこの決定を歓迎しています。"
            + "市長は記者会見で、町の安全のために必要な工事だと説明しました。";
    private static final String CHINESE = "市议会星期二晚上经过长时间辩论，决定修建港口的新防波堤。工程将于春季开始，持续两年。"
            + "在此期间，鱼市将搬到火车站附近的旧仓库。当地渔民对这一决定表示欢迎。市长在记者会上说，这项工程对城镇的安全是必要的。" + "附近居民希望工程能按时完成，并尽量减少对交通的影响。";
    private static final String FINNISH = "Kaupunginvaltuusto päätti tiistai-iltana pitkän keskustelun jälkeen rakentaa"
            + " satamaan uuden aallonmurtajan. Työt alkavat keväällä ja kestävät kaksi vuotta, ja kalatori muuttaa sillä"
            + " välin vanhaan köysitehtaaseen aseman viereen. ";

    @Test
    void trustsADeclarationWhoseCommonWordsTheTextIsFullOf() {
        assertThat(DeclaredLanguage.bornOut("en", ENGLISH)).isTrue();
        assertThat(DeclaredLanguage.bornOut("fr", FRENCH)).isTrue();
        assertThat(DeclaredLanguage.bornOut("es", SPANISH)).isTrue();
    }

    @Test
    void leavesToTheModelATemplateDeclarationTheTextContradicts() {
        assertThat(DeclaredLanguage.bornOut("en", FRENCH)).isFalse();
        assertThat(DeclaredLanguage.bornOut("fr", SPANISH)).isFalse();
        // Close languages: Catalan's common words overlap Spanish's, but Spanish text favours its own list.
        assertThat(DeclaredLanguage.bornOut("ca", SPANISH)).isFalse();
        assertThat(DeclaredLanguage.bornOut("en", LOREM.repeat(2))).isFalse();
        assertThat(DeclaredLanguage.bornOut("en", RUSSIAN)).isFalse();
    }

    @Test
    void trustsALanguageWithAScriptOfItsOwnWhenTheTextIsWrittenInIt() {
        assertThat(DeclaredLanguage.bornOut("ru", RUSSIAN)).isTrue();
        assertThat(DeclaredLanguage.bornOut("ru", ENGLISH)).isFalse();
        assertThat(DeclaredLanguage.bornOut("el", RUSSIAN)).isFalse();
    }

    @Test
    void tellsJapaneseFromChineseByTheirKana() {
        assertThat(DeclaredLanguage.bornOut("ja", JAPANESE)).isTrue();
        assertThat(DeclaredLanguage.bornOut("zh", JAPANESE)).isFalse();
        assertThat(DeclaredLanguage.bornOut("zh", CHINESE)).isTrue();
        assertThat(DeclaredLanguage.bornOut("ja", CHINESE)).isFalse();
    }

    @Test
    void leavesToTheModelLanguagesWithoutAListAndShortTexts() {
        assertThat(DeclaredLanguage.bornOut("fi", FINNISH)).isFalse();
        assertThat(DeclaredLanguage.bornOut("en", "The council voted on the wall."))
                .isFalse();
    }

    @Test
    void weighsCloseLanguagesAgainstEachOther() {
        // Norwegian's common words are nearly all Danish ones too, and many Swedish: neither list wins by a margin,
        // so the model decides, and a Swedish declaration on Norwegian text is not trusted.
        String norwegian = "Bystyret vedtok tirsdag kveld etter en lang debatt å bygge en ny molo i havna. Arbeidet"
                + " skal starte til våren og vil ta to år, og fiskemarkedet flytter i mellomtiden til det gamle"
                + " reperbanen ved stasjonen, som har stått tom i mange år. Det er ikke klart hva det vil koste. ";
        assertThat(DeclaredLanguage.bornOut("sv", norwegian)).isFalse();
        assertThat(DeclaredLanguage.bornOut("da", norwegian)).isFalse();
    }

    @Test
    void namesTheLanguageOfAnUndeclaredTextOnlyWhenOneListedLanguageClearlyWins() {
        assertThat(DeclaredLanguage.evident(ENGLISH)).isEqualTo("en");
        assertThat(DeclaredLanguage.evident(FRENCH)).isEqualTo("fr");
        assertThat(DeclaredLanguage.evident(SPANISH)).isEqualTo("es");
        assertThat(DeclaredLanguage.evident(RUSSIAN))
                .as("other scripts go to the model")
                .isNull();
        assertThat(DeclaredLanguage.evident(JAPANESE)).isNull();
        assertThat(DeclaredLanguage.evident(LOREM.repeat(2))).isNull();
        assertThat(DeclaredLanguage.evident("The council voted on the wall.")).isNull();
    }

    @Test
    void namesNoListedLanguageForLatinAlphabetLanguagesWithoutAList() {
        List<String> unlisted = List.of(
                FINNISH,
                "Dewan kota memutuskan pada Selasa malam untuk membangun tembok pelabuhan yang baru setelah perdebatan"
                        + " panjang. Pekerjaan akan dimulai pada musim semi dan berlangsung dua tahun, sementara pasar ikan"
                        + " pindah ke gudang tua di dekat stasiun. Para nelayan setempat menyambut baik keputusan itu.",
                "Belediye meclisi salı akşamı uzun bir tartışmanın ardından limana yeni bir dalgakıran yapılmasına karar"
                        + " verdi. Çalışmalar ilkbaharda başlayacak ve iki yıl sürecek, bu sırada balık pazarı istasyonun"
                        + " yanındaki eski halat atölyesine taşınacak. Yerel balıkçılar kararı memnuniyetle karşıladı.",
                "A városi tanács kedd este hosszú vita után úgy döntött, hogy új hullámtörőt épít a kikötőben. A"
                        + " munkálatok tavasszal kezdődnek és két évig tartanak, közben a halpiac az állomás melletti régi"
                        + " kötélgyárba költözik. A helyi halászok üdvözölték a döntést.",
                "Hội đồng thành phố đã quyết định vào tối thứ Ba, sau một cuộc tranh luận dài, xây dựng một bức tường"
                        + " chắn sóng mới ở bến cảng. Công việc sẽ bắt đầu vào mùa xuân và kéo dài hai năm, trong khi chợ"
                        + " cá chuyển đến nhà kho cũ gần nhà ga.",
                "Nagpasya ang konseho ng lungsod noong Martes ng gabi, matapos ang mahabang debate, na magtayo ng"
                        + " bagong pader sa daungan. Magsisimula ang trabaho sa tagsibol at tatagal ng dalawang taon,"
                        + " habang lilipat ang palengke ng isda sa lumang bodega malapit sa istasyon.",
                "Baraza la jiji liliamua Jumanne jioni, baada ya mjadala mrefu, kujenga ukuta mpya katika bandari. Kazi"
                        + " itaanza katika msimu wa mvua na itachukua miaka miwili, wakati soko la samaki litahamia ghala"
                        + " la zamani karibu na kituo cha treni.");
        for (String text : unlisted) {
            assertThat(DeclaredLanguage.evident(text)).as(text).isNull();
        }
    }

    /** On real pages, a language named for an undeclared text is always the one the model would name. */
    @Test
    void namesOnlyWhatTheModelWouldSayOnTheReadabilityPages() {
        List<String> wrong = new ArrayList<>();
        int named = 0;
        for (String name : ReadabilityCorpus.caseNames()) {
            String text = ReadabilityCorpus.result(name).article().text();
            String evident = DeclaredLanguage.evident(text);
            if (evident != null) {
                named++;
                LanguageDetection.Guess guess = LanguageDetection.detect(text);
                if (guess == null || !guess.code().equals(evident)) {
                    wrong.add(name + ": " + evident + " named, model says " + guess);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(named).as("pages whose language the word lists name").isGreaterThan(80);
    }

    /**
     * On real pages, a declaration is only ever trusted where the model would name the same language: whatever
     * listed language a page declared, trusting it never gives another answer than running the model.
     */
    @Test
    void trustsOnlyWhatTheModelWouldSayOnTheReadabilityPages() {
        List<String> languages = List.of(
                "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "cs", "ca", "gl", "sk", "ro", "ru",
                "ja", "zh", "ko", "el");
        List<String> wrong = new ArrayList<>();
        int trusted = 0;
        for (String name : ReadabilityCorpus.caseNames()) {
            String text = ReadabilityCorpus.result(name).article().text();
            LanguageDetection.Guess guess = LanguageDetection.detect(text);
            for (String language : languages) {
                if (DeclaredLanguage.bornOut(language, text)) {
                    trusted++;
                    if (guess == null || !guess.code().equals(language)) {
                        wrong.add(name + ": " + language + " trusted, model says " + guess);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(trusted).as("pages whose declaration would be trusted").isGreaterThan(80);
    }
}
