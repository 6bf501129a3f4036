package org.broadsheet.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static final String WIRE =
            "A magnitude 6.1 earthquake struck the Dalmatian coast early on Tuesday, damaging"
                    + " old stone houses in three villages and cutting power to about 40,000 homes. The civil protection agency"
                    + " said two people were slightly hurt and that teams were checking bridges on the coastal road. Ferries to"
                    + " the islands kept running, the port authority said, and schools in the area will stay closed tomorrow"
                    + " while engineers inspect the buildings.";

    @Test
    void aLightlyEditedWireCopyIsACopy() {
        String edited = WIRE.replace("early on Tuesday", "on Tuesday morning")
                + " Residents described a loud rumble before the shaking began.";
        assertThat(NearDuplicates.areCopies(WIRE, edited)).isTrue();
    }

    @Test
    void anotherReportOfTheSameEventIsNotACopy() {
        String own = "Villagers on the Dalmatian coast slept outdoors after Tuesday's earthquake of magnitude 6.1."
                + " Stone houses cracked in three villages; 40,000 homes lost power for several hours, and engineers"
                + " are inspecting schools and bridges before anything reopens.";
        assertThat(NearDuplicates.areCopies(WIRE, own)).isFalse();
    }

    @Test
    void groupsCopiesUnderTheFirstAndKeepsOrder() {
        record Item(String outlet, String text) {}
        List<Item> items = List.of(
                new Item("Wire", WIRE),
                new Item("Own", "An entirely different article about the local football club's new stadium plans."),
                new Item("Copy", WIRE + " More follows."));
        List<List<Item>> groups = NearDuplicates.group(items, Item::text);
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).extracting(Item::outlet).containsExactly("Wire", "Copy");
        assertThat(groups.get(1)).extracting(Item::outlet).containsExactly("Own");
    }

    @Test
    void emptyTextsAreNeverCopies() {
        assertThat(NearDuplicates.areCopies("", "")).isFalse();
    }
}
