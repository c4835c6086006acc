"""Given names that say a person's gender in English-language news, for "he" and "she".

A short list written for this project: the commonest given names of Britain, Ireland, North
America and Australia, with names often in the international news. A name on neither list, or one
borne by men and women alike (Alex, Jordan, Jean, Andrea), says nothing, and the article's own
honorifics and pronouns decide.
"""

MALE = frozenset("""
aaron abdul abdullah adam adrian ahmed ahmad aidan alan alasdair alastair albert alejandro aleksandr alexander
alexei alfred ali alistair allan alvaro amir anders andrei andrew andy angus anthony antonio arnold arthur
barack barry ben benjamin benedict benny bernard bernie bill billy bob bobby boris brad bradley
brendan brian bruce bryan callum calvin carl carlos cecil charles charlie chris christian christopher clive
colin conor connor craig dafydd dale damian daniel danny darren dave david dean declan dennis derek desmond
dmitri dmitry dmytro dominic don donald douglas duncan dylan ed eddie edgar edward emmanuel enrique eric
ernest euan evan fergus francis francisco frank franklin fraser fred frederick gareth gary gavin geoffrey
george gerald gerard gerry gordon graham grant greg gregory guy hamish hamza harold harry harvey hassan henry
herbert hugh hugo iain ian igor ivan jack jacob jake james jamie jason javier jeff jeffrey jeremy jerome jim
jimmy joe joel johann john johnny jon jonathan jorge jose josé joseph josh joshua juan julian
justin karl keir keith kenneth kevin kieran kwame lawrence lee leo leon leonard lewis liam lloyd
louis luca lucas luis luke malcolm manuel marco marcus mario mark martin matt matteo matthew max michael
mick mike miguel mikhail mohamed mohammad mohammed muhammad nathan neil nicholas nick nicolas nigel noel
norman oleksandr oliver omar oscar owen patrick paul pedro peter phil philip phillip pierre rafael ralph
ramon raymond reginald rhys richard rick rishi rob robert robin rodney roger roland ronald rory ross roy
rupert russell ryan sadiq salman sam samuel scott sean sebastian sergei sergey shane simon stanley stephen
steve steven stewart stuart sunil ted terence terry theo thomas tim timothy tobias toby tom tommy tony
trevor troy vadim valentin vernon victor viktor vincent vladimir volodymyr walter warren wayne wesley
william willie xavier yevgeny yuri yusuf zach zachary
""".split())

FEMALE = frozenset("""
abigail ada agnes aisha alexandra alice alison amanda amber amelia amy ana anastasia angela
angelina anita ann anna anne annette annie antonia april barbara beatrice belinda bernadette beth bethany
betty beverley bonnie brenda bridget caitlin camilla carla carmen carol caroline carolyn catherine cathy
charlotte chelsea cheryl chloe christina christine claire clara claudia colleen constance cynthia daisy
dana daniela danielle deborah debbie denise diana diane donna doris dorothy edith eileen elaine eleanor
elena elisabeth eliza elizabeth ella ellen eloise emily emma erica esther eva evelyn fatima felicity fiona
florence frances gabriela gemma georgia geraldine gillian gina gloria grace hannah harriet hazel heather
helen helena hillary holly ingrid irene iris isabel isabella isabelle jacqueline jacinda jane janet
janice jasmine jennifer jenny jessica jill joan joanna joanne jocelyn josephine joy joyce judith
judy julia julie june karen kate katherine kathleen kathryn kathy katie katrina kay kelly kirsty kristen
laura lauren leah lesley linda lisa liz lorraine louise lucy lydia lynn lynne madeleine maggie mairead
margaret maria marian marie marina marion martha mary maureen megan melanie melissa mhairi michelle mildred
miriam molly monica nadia nancy naomi natalie natasha nicola nicole nina nora olga olivia pamela patricia
paula pauline penelope penny philippa pippa priti rachel rebecca rita roberta rosa rose rosemary ruth
sally samantha sandra sara sarah sharon sheila shirley silvia simone sofia sonia sophie stephanie sue
susan suzanne svetlana sylvia tamara tanya teresa theresa tina tracey tracy ursula valerie vanessa vera
veronica victoria violet virginia wendy yulia yvette yvonne zoe
""".split())
