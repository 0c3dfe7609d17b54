package io.lede.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreCalibrationTest {
    @Test
    void isMonotoneAndStaysWithinZeroAndOne() {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            double p = ScoreCalibration.calibrated(i / 100.0);
            assertTrue(p >= previous && p >= 0 && p <= 1, "at " + i);
            previous = p;
        }
        assertEquals(0.0, ScoreCalibration.calibrated(-0.5));
        assertEquals(0.97, ScoreCalibration.calibrated(2.0), 1e-9);
        assertEquals(0.45, ScoreCalibration.calibrated(0.15), 1e-9);
    }
}
