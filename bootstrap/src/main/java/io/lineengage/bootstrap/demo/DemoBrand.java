package io.lineengage.bootstrap.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo's believable brand, the same on every run: a Japanese retailer's members with tiers, points, birthdays
 * and tags, and who of them follows which account (most one or both, some none; a few LINE users are not members).
 */
final class DemoBrand {
    static final int MEMBERS = 5_000;
    /** LINE users who follow without being members yet: they become LINE-only profiles. */
    static final int LINE_ONLY = 300;

    private static final String[] FAMILY = {
        "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
        "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Mori"
    };
    private static final String[] GIVEN = {
        "Hana", "Yui", "Aoi", "Ren", "Haruto", "Sota", "Mei", "Riko", "Yuto", "Sakura", "Kaito", "Rin", "Hinata",
        "Minato", "Yuna", "Sora", "Mio", "Daiki", "Koharu", "Takumi"
    };
    private static final String[] TIERS = {"BRONZE", "BRONZE", "BRONZE", "SILVER", "SILVER", "GOLD", "PLATINUM"};

    /** One member as the import reads it, and whom their LINE user follows. */
    record Member(
            String externalId,
            Map<String, Object> json,
            String lineUserId,
            boolean followsTokyo,
            boolean followsOsaka) {
        boolean onLine() {
            return followsTokyo || followsOsaka;
        }
    }

    static List<Member> members() {
        SplittableRandom random = new SplittableRandom(20261202L);
        List<Member> members = new ArrayList<>(MEMBERS);
        for (int i = 1; i <= MEMBERS; i++) {
            String externalId = "C-%05d".formatted(i);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("externalId", externalId);
            json.put("name", GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)]);
            json.put("mobile", "090-%04d-%04d".formatted(1000 + i / 10_000, i % 10_000));
            if (random.nextInt(3) > 0) {
                json.put("email", externalId.toLowerCase() + "@example.jp");
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            String tier = TIERS[random.nextInt(TIERS.length)];
            attributes.put("tier", tier);
            attributes.put("points", random.nextInt(tier.equals("PLATINUM") ? 20_000 : 8_000));
            attributes.put(
                    "birthday",
                    LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28))
                            .toString());
            json.put("attributes", attributes);
            List<String> tags = new ArrayList<>();
            tags.add(random.nextInt(5) < 3 ? "tokyo" : "osaka");
            if (random.nextInt(3) == 0) {
                tags.add("newsletter");
            }
            if (tier.equals("PLATINUM") || random.nextInt(25) == 0) {
                tags.add("vip");
            }
            json.put("tags", tags);
            int reach = random.nextInt(100);
            // 88 % on LINE: most follow Tokyo, a third of those Osaka too, some only Osaka
            boolean tokyo = reach < 75;
            boolean osaka = (reach >= 50 && reach < 88);
            members.add(new Member(externalId, json, userId(i), tokyo, osaka));
        }
        return members;
    }

    /** LINE users following Tokyo who are not members. */
    static List<String> lineOnlyUsers() {
        List<String> users = new ArrayList<>(LINE_ONLY);
        for (int i = 1; i <= LINE_ONLY; i++) {
            users.add(userId(1_000_000 + i));
        }
        return users;
    }

    /** A LINE user ID (U and 32 hex digits), the same for the same number on every run. */
    static String userId(int n) {
        SplittableRandom random = new SplittableRandom(n * 7_919L);
        byte[] bytes = new byte[16];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return "U" + HexFormat.of().formatHex(bytes);
    }

    private DemoBrand() {}
}
