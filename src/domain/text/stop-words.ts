/**
 * Function words that carry no technical meaning, checked on the accented (NFC, lower-case)
 * syllable so that "có" (have) is dropped while "cơ" (as in "cơ khí") is kept. Domain words
 * ("công nghệ", "hệ thống", "giải pháp") are deliberately absent: BM25's idf weighs them.
 */
const vietnamese = `
và với của các những cho là được có không để trong này đó kia một từ theo khi thì mà như hoặc hay
nên cũng đã đang sẽ bị vào ra tại do bởi vì nếu nhưng rằng cần muốn chúng tôi ta họ mình
ở đến trên dưới sau trước nhiều ít rất hơn nhất đều vẫn còn mỗi nay đây ấy gì nào
vừa lại nữa tới qua về hết cùng giữa nhau việc điều sự phải nhằm`;

const english = `
a an the and or of for to in on at by with from into onto as is are was were be been being it its
this that these those which who whom whose what when where while than then so such not no nor but
if could might will would shall should must do does did has have had our we us you your
they their them he she his her i my me per via up out over under about also any each other more most
very just only both all some own same too there here`;

function listOf(words: string): Set<string> {
  return new Set(words.normalize('NFC').split(/\s+/).filter(Boolean));
}

const vietnameseStops = listOf(vietnamese);
const englishStops = listOf(english);

/**
 * English stops apply only to English text: typed without diacritics, "may" is máy (machine)
 * and "an" is an (as in "an toàn"). Vietnamese stops apply only to text written with
 * diacritics: without them "khi" may be khí (gas), "sau" sâu (pest), "trong" trồng (to plant).
 */
export function isStopWord(lowerCaseWord: string, language: 'vi' | 'en', hasDiacritics: boolean): boolean {
  if (language === 'en') return englishStops.has(lowerCaseWord);
  return hasDiacritics && vietnameseStops.has(lowerCaseWord);
}
