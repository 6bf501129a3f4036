package org.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-05-14T07:45:00Z            | 2024-05-14T07:45:00Z",
                "2024-05-14T07:45:00+01:00       | 2024-05-14T06:45:00Z",
                "2024-05-14T07:45:00+0100        | 2024-05-14T06:45:00Z",
                "2024-05-14T07:45:00+01          | 2024-05-14T06:45:00Z",
                "2024-05-14T07:45:00.123-04:00   | 2024-05-14T11:45:00.123Z",
                "2024-05-14T07:45                | 2024-05-14T07:45:00Z",
                "2024-05-14 07:45:00             | 2024-05-14T07:45:00Z",
                "2024-05-14 07:45:00 +02:00      | 2024-05-14T05:45:00Z",
                "2024-05-14 07:45:00 UTC         | 2024-05-14T07:45:00Z",
                "2024-05-14t07:45:00z            | 2024-05-14T07:45:00Z",
                "2024-05-14                      | 2024-05-14T00:00:00Z",
                "Tue, 14 May 2024 07:45:00 GMT   | 2024-05-14T07:45:00Z",
                "Tue, 14 May 2024 07:45:00 EDT   | 2024-05-14T11:45:00Z",
                "Tue, 14 May 2024 07:45 PST      | 2024-05-14T15:45:00Z",
                "Tue, 14 May 2024 07:45:00 +0200 | 2024-05-14T05:45:00Z",
                "Tue, 14 May 2024 07:45:00 UTC   | 2024-05-14T07:45:00Z",
                "Tue, 14 May 2024 07:45:00       | 2024-05-14T07:45:00Z",
                "Tuesday, 14 May 2024 07:45      | 2024-05-14T07:45:00Z",
                "14 May 2024 07:45:00            | 2024-05-14T07:45:00Z",
                "4 may 2024 07:45                | 2024-05-04T07:45:00Z",
                "2024-05-14T07:45:00 +0200       | 2024-05-14T05:45:00Z",
            })
    void parsesIsoVariants(String input, String expected) {
        assertThat(DateParser.parse(input)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "yesterday",
                "14/05/2024",
                "2024-13-45",
                "2024-05-14T25:00:00Z",
                "14 May 2024",
                "14 May 2024 25:00",
                "Tue, 14 Foo 2024 07:45"
            })
    void rejectsWhatIsNotADate(String input) {
        assertThat(DateParser.parse(input)).isNull();
    }

    @Test
    void acceptsNull() {
        assertThat(DateParser.parse(null)).isNull();
    }
}
