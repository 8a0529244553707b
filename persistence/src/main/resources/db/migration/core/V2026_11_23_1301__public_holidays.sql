-- National public holidays (Labour Code of Ukraine, art. 73) as platform reference data for 2026-2027.
-- Under martial law (Law No. 2136-IX) they are working days, so day_off is FALSE; the platform
-- administrator switches a holiday back to a day off when the law changes.
INSERT INTO public_holiday (day, name_uk, name_en, day_off) VALUES
 ('2026-01-01', 'Новий рік', 'New Year''s Day', FALSE),
 ('2026-03-08', 'Міжнародний жіночий день', 'International Women''s Day', FALSE),
 ('2026-04-12', 'Великдень', 'Easter', FALSE),
 ('2026-05-01', 'День праці', 'Labour Day', FALSE),
 ('2026-05-08', 'День пам''яті та перемоги над нацизмом', 'Day of Remembrance and Victory over Nazism', FALSE),
 ('2026-05-31', 'Трійця', 'Trinity', FALSE),
 ('2026-06-28', 'День Конституції України', 'Constitution Day', FALSE),
 ('2026-07-15', 'День Української Державності', 'Ukrainian Statehood Day', FALSE),
 ('2026-08-24', 'День Незалежності України', 'Independence Day', FALSE),
 ('2026-10-01', 'День захисників і захисниць України', 'Defenders Day', FALSE),
 ('2026-12-25', 'Різдво Христове', 'Christmas Day', FALSE),
 ('2027-01-01', 'Новий рік', 'New Year''s Day', FALSE),
 ('2027-03-08', 'Міжнародний жіночий день', 'International Women''s Day', FALSE),
 ('2027-05-01', 'День праці', 'Labour Day', FALSE),
 ('2027-05-02', 'Великдень', 'Easter', FALSE),
 ('2027-05-08', 'День пам''яті та перемоги над нацизмом', 'Day of Remembrance and Victory over Nazism', FALSE),
 ('2027-06-20', 'Трійця', 'Trinity', FALSE),
 ('2027-06-28', 'День Конституції України', 'Constitution Day', FALSE),
 ('2027-07-15', 'День Української Державності', 'Ukrainian Statehood Day', FALSE),
 ('2027-08-24', 'День Незалежності України', 'Independence Day', FALSE),
 ('2027-10-01', 'День захисників і захисниць України', 'Defenders Day', FALSE),
 ('2027-12-25', 'Різдво Христове', 'Christmas Day', FALSE);
