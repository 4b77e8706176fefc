/**
 * The named queries: what readers type, in any script, spelling or description, and the page
 * each must find first. One table for both surfaces: the search page (search.spec.ts) and
 * the header's panel (header-search.spec.ts).
 */
export const NAMED_QUERIES: ReadonlyArray<readonly [query: string, page: string]> = [
  ['Kiev', '/actors/government-of-ukraine/'],
  ['Geran-2', '/weapons/shahed-136/'],
  ['Podoliak', '/actors/mykhailo-podolyak/'],
  ['Mikhail Podoliak', '/actors/mykhailo-podolyak/'],
  ['Vladimir Zelensky', '/actors/volodymyr-zelensky/'],
  ['NASAMS', '/weapons/nasams/'],
  ['National Advanced Surface-to-Air Missile System', '/weapons/nasams/'],
  ['Army Tactical Missile System', '/weapons/atacms/'],
  ['MGM-140', '/weapons/atacms/'],
  ['Shahed-136', '/weapons/shahed-136/'],
  ['Pentagon', '/actors/us-department-of-defense/'],
  ['Kremlin', '/actors/government-of-russia/'],
  ['Fath-360', '/weapons/fath-360/'],
  ['Ryder', '/actors/patrick-ryder/'],
  // Names in their own scripts, however they are typed.
  ['Герань-2', '/weapons/shahed-136/'],
  ['Зеленський', '/actors/volodymyr-zelensky/'],
  ['Зеленский', '/actors/volodymyr-zelensky/'],
  ['Песков', '/actors/dmitry-peskov/'],
  ['Киев', '/actors/government-of-ukraine/'],
  ['Подоляк', '/actors/mykhailo-podolyak/'],
  ['Резніков', '/actors/oleksii-reznikov/'],
  ['امیرعبداللهیان', '/actors/hossein-amir-abdollahian/'],
  ['اميرعبداللهيان', '/actors/hossein-amir-abdollahian/'],
  ['عراقچی', '/actors/abbas-araghchi/'],
  ['ناصر کنعانی', '/actors/nasser-kanaani/'],
  ['شاهد ۱۳۶', '/weapons/shahed-136/'],
  ['شاهد 136', '/weapons/shahed-136/'],
  ['Правительство Российской Федерации', '/actors/government-of-russia/'],
  ['دولت جمهوری اسلامی ایران', '/actors/government-of-iran/'],
  ['وزارت امور خارجه', '/actors/iran-ministry-of-foreign-affairs/'],
  ['سپاه پاسداران', '/actors/irgc/'],
  ['صنایع هوایی شاهد', '/actors/shahed-aviation-industries/'],
  ['پرس تی وی', '/actors/presstv/'],
  ['Кабінет Міністрів України', '/actors/government-of-ukraine/'],
  // Misspelt names.
  ['Shahid-136', '/weapons/shahed-136/'],
  ['Abdolahian', '/actors/hossein-amir-abdollahian/'],
  ['Nasam', '/weapons/nasams/'],
  ['Podolak', '/actors/mykhailo-podolyak/'],
  // Descriptions readers type instead of a name.
  ['kamikaze drone', '/weapons/shahed-136/'],
  ['Pentagon spokesman', '/actors/patrick-ryder/'],
  ['Iranian drones', '/claims/iran-drones-to-russia/'],
];
