package org.daksetu.network.infrastructure.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class OfficeIdsTest {

    @Test
    void an_office_id_is_the_PIN_followed_by_four_digits_of_the_name_hash() {
        // Checked outside Java: int.from_bytes(sha256(b"krishi bhawan").digest()[:8], "big") % 10000 == 115
        assertThat(OfficeIds.assign(110001, List.of("krishi bhawan"))).containsExactly(1100010115L);
    }

    @Test
    void two_offices_of_a_PIN_with_the_same_name_take_neighbouring_slots_in_the_given_order() {
        int slot = OfficeIds.preferredSlot("pedakancherla");

        List<Long> ids = OfficeIds.assign(522649, List.of("pedakancherla", "pedakancherla"));

        assertThat(ids).containsExactly(522649L * 10000 + slot, 522649L * 10000 + (slot + 1) % 10000);
    }

    @Test
    void probing_wraps_around_from_the_last_slot_to_the_first() {
        List<String> names = new ArrayList<>();
        String lastSlotName = nameWithSlot(9999);
        names.add(lastSlotName);
        names.add(lastSlotName);

        assertThat(OfficeIds.assign(500001, names)).containsExactly(5000019999L, 5000010000L);
    }

    @Property(tries = 200)
    void ids_of_a_PIN_are_unique_and_carry_the_PIN(
            @ForAll @IntRange(min = 100000, max = 999999) int pin,
            @ForAll @Size(max = 60) List<@AlphaChars @StringLength(max = 6) String> names) {
        List<Long> ids = OfficeIds.assign(pin, names);

        assertThat(new HashSet<>(ids)).hasSize(names.size());
        assertThat(ids).allSatisfy(id -> assertThat(id / 10000).isEqualTo(pin));
    }

    @Property(tries = 200)
    void an_office_added_last_leaves_the_other_ids_alone(
            @ForAll @Size(max = 40) List<@AlphaChars @StringLength(max = 4) String> names,
            @ForAll @AlphaChars @StringLength(max = 4) String added) {
        List<String> more = new ArrayList<>(names);
        more.add(added);

        assertThat(OfficeIds.assign(400001, more).subList(0, names.size()))
                .isEqualTo(OfficeIds.assign(400001, names));
    }

    private static String nameWithSlot(int slot) {
        for (int i = 0; ; i++) {
            if (OfficeIds.preferredSlot("office " + i) == slot) {
                return "office " + i;
            }
        }
    }
}
