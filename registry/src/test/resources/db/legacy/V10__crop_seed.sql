-- Crops with the matcher's documented default thresholds (docs/matcher.md): rice d=2 and maize d=3
-- follow China's approval rule that candidates differ at >= 3 / >= 4 loci; t_edv 0.90; at least
-- half the panel compared. Crops without a published locus rule take maize's d, as CropDefaults does. Administrators change them later through PUT /api/v1/crops/{code}.
INSERT INTO crop (upov_code, latin_name, chinese_name, english_name,
                  max_differing_indistinct, edv_similarity, min_compared_fraction) VALUES
    ('ORYZA_SAT', 'Oryza sativa L.',            '水稻', 'rice',     2, 0.9000, 0.5000),
    ('ZEAAA_MAY', 'Zea mays L.',                '玉米', 'maize',    3, 0.9000, 0.5000),
    ('GLYCI_MAX', 'Glycine max (L.) Merr.',     '大豆', 'soybean',  3, 0.9000, 0.5000),
    ('TRITI_AES', 'Triticum aestivum L.',       '小麦', 'wheat',    3, 0.9000, 0.5000),
    ('GOSSY_HIR', 'Gossypium hirsutum L.',      '棉花', 'cotton',   3, 0.9000, 0.5000),
    ('BRASS_NAP', 'Brassica napus L.',          '油菜', 'rapeseed', 3, 0.9000, 0.5000)
ON CONFLICT (upov_code) DO NOTHING;
