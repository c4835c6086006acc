"""Given names that say a person's gender in English-language news, for "he" and "she".

A list written for this project: the commonest given names of Britain, Ireland, North
America and Australia, with names often in the international news. A name on neither list, or one
borne by men and women alike (Alex, Jordan, Jean, Andrea), says nothing, and the article's own
honorifics and pronouns decide.

Beyond the list, `GENDERED` holds some 22,000 given names of the world that say a gender almost
surely (Byron, Susannah, Joachim), from the nomquamgender data (claims/data/README.md). They tell
"he" from "she" and show a person; they are not used to find names in text, where a wider list
would read more capitalised words as names.
"""
from importlib.resources import files

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
ramon raymond reginald rhys richard rick rishi rob robert rod robin rodney roger roland ronald rory ross roy
rupert russell ryan sadiq salman sam samuel scott sean sebastian sergei sergey shane simon stanley stephen
steve steven stewart stuart sunil ted terence terry theo thomas tim timothy tobias toby tom tommy tony
trevor troy vadim valentin vernon victor viktor vincent vladimir volodymyr walter warren wayne wesley
william willie xavier yevgeny yuri yusuf zach zachary
abdallah abdel abhishek adnan ahmet akira alberto aleksander aleksei alessandro amit anand andreas andres andrés
andrzej angelo antoine arjun arnaud arvind ashok babak bashar benoit bogdan carlo cesar césar christophe claudio
cristian cristiano dariusz dieter diego domenico eduardo emilio enzo erik ernesto esteban fabio farid federico
felipe fernando filippo francesco franco françois friedrich giacomo gianluca giorgio giovanni giuseppe gonzalo
guillermo günter hans heinrich helmut hiroshi horst ibrahim ignacio imran ismail jacek jakub janusz jarosław
jaroslaw jens jerzy joachim joaquín joaquin josef jürgen kamal karim kenji khalid klaus krzysztof lars lorenzo
luigi lukas łukasz luiz marcel marcelo marek mariusz massimo matthias mehmet michel miroslav mohsen mustafa
naveen nikolai nikolaos olaf pablo paolo pavel pawel paweł piotr pradeep rahul rajesh ramesh raúl raul reza
ricardo riccardo roberto rodrigo rolf salvatore samir sandeep sanjay sergio stefan stefano sven takeshi tariq
thierry tomasz tomás ulrich vikram vittorio vladislav wojciech wolfgang yasser youssef zbigniew
abraham alfie alvin ambrose archie austin barnaby barney basil blake boyd brett brock bruno bryce byron caleb
cedric chad chester clarence clark clayton cliff clifford clint clinton cody conrad cornelius curtis cyril damon
darrell darryl donovan doug dwayne dwight earl eli elijah elliot elliott elton emmett errol eugene everett ezra
felix floyd forrest gabriel garrett gene gilbert glen glenn godfrey graeme gregg gus harrison hector herman horace
howard hubert irving isaac ivor jared jarrod jasper jeffery jerry jesse joey jonah jude kirk kurt kyle lance
leopold lester levi lincoln lionel lorenzo luther lyle marlon marshall marvin maurice melvin milton mitchell monty
murray nathaniel ned nelson neville niall norbert oswald otis percy perry preston quentin ray reggie rex rocco
ronnie royce rufus sheldon sherman sidney silas solomon spencer stefan sterling sylvester teddy terrence theodore
todd travis tristan tyler tyrone vince wade wallace wendell wilbur wilfred winston wyatt zane
anil arun deepak manoj mukesh narendra rahul rajesh rakesh ramesh sanjay suresh vijay vikram nouri sudesh
edmund edwin rudolph archibald bertram humphrey julius otto randolph reuben roderick thaddeus virgil willard
allen leroy elmer homer myron neal nolan orville roscoe rudy
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
adriana agata agnieszka aleksandra alessandra alicja amina angelika anja anke annalena antje beata birgit
brigitte carolina catarina cecilia chiara cristina dagmar daria dorota ekaterina elisa elżbieta ewa fatma
fernanda francesca françoise giulia giovanna greta hanna heidi ilse irina jadwiga johanna jolanta justyna
karolina katarzyna kateryna katja kerstin larissa layla leila leticia lucia lucía luisa magdalena małgorzata
malgorzata marcela margarita mariam marta martina maryam monika natalia nathalie nadine noura oksana olena paola
patrizia priya radhika renata sabine sabrina samira silke simona stefania sunita susanne sylwia tatiana tatyana
ulrike valentina valeria yasmin yasmine yolanda zainab zofia zuzanna
adele adrienne aileen alana alicia allison alma annabel antoinette arlene audrey ava becky bethany brittany
brooke candace cassandra cathy celeste charlene cindy connie cora courtney crystal daisy daphne darlene dawn debra
deirdre delia dolores dora doreen edna erin ethel eve faith fiona flora genevieve gertrude gladys glenda gwen
gwendolyn henrietta hope ida imogen isla ivy jackie jade jeanette joanne justine kayla keira lillian lily
lois lorna louisa mabel madison mandy marcia margot marilyn marjorie marlene maxine melinda meredith mildred miranda
muriel myra nell norma olive pearl peggy phoebe phyllis polly priscilla regina renee rhonda robyn rosalind rosie
roxanne ruby sian sophia stella susanna tammy tara tiffany vera vicky viola vivian wanda whitney winifred
charity patience prudence mercy verity beryl myrtle sybil
""".split())

# Given names borne by men and women alike in the news, whichever list they were written in ("Kelly
# McKeague ... he said", "Robin Wright ... she said"): they say nothing of who is meant.
EITHER = frozenset("kelly jamie robin terry tracy dana lynn jackie".split())
MALE = MALE - EITHER
FEMALE = FEMALE - EITHER


def _gendered() -> dict[str, str]:
    table = files("claims").joinpath("data", "given_name_genders.tsv").read_text(encoding="utf-8")
    return {name: gender for name, gender in (line.split("\t") for line in table.splitlines())}


GENDERED = _gendered()


def gender_of_given(given: str) -> str | None:
    """ "m", "f" or None for a given name in lower case: the list written here first (a name borne
    by both says nothing), then the names of the world that say a gender almost surely."""
    if given in EITHER:
        return None
    if given in MALE:
        return "m"
    if given in FEMALE:
        return "f"
    return GENDERED.get(given)
