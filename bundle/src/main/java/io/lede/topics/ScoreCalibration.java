package io.lede.topics;

/**
 * Turns a topic's share of an article's evidence into the probability that the topic is right. The curve is
 * piecewise linear and monotone, so it never changes the order of an article's topics; its knots are the
 * precision of the best topic per evidence-share band, measured on the project's development evaluation.
 */
final class ScoreCalibration {
    private static final double[] SHARE = {0.0, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 1.0};
    private static final double[] PRECISION = {0.0, 0.45, 0.58, 0.69, 0.76, 0.85, 0.88, 0.92, 0.95, 0.97};

    private ScoreCalibration() {
    }

    static double calibrated(double share) {
        double s = Math.max(0, Math.min(1, share));
        for (int i = 1; i < SHARE.length; i++) {
            if (s <= SHARE[i]) {
                double t = (s - SHARE[i - 1]) / (SHARE[i] - SHARE[i - 1]);
                return PRECISION[i - 1] + t * (PRECISION[i] - PRECISION[i - 1]);
            }
        }
        return PRECISION[PRECISION.length - 1];
    }
}
