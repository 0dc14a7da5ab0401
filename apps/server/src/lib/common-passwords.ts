/**
 * About 1,400 of the most common passwords, lower-cased, written from the well-known public lists
 * (the top of the RockYou leak and SecLists' most-common lists, yearly "worst passwords"
 * rankings) plus common Spanish and Chilean ones. Whitespace-separated; compared case-insensitively.
 */
const LIST = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321
superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh
hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey
ranger daniel starwars klaster 112233 george computer michelle jessica pepper 1111 zxcvbn 555555
11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua cheese amanda summer
love ashley nicole chelsea biteme matthew access yankees 987654321 dallas austin thunder taylor matrix
mobilemail mom monitor monitoring montana moon moscow william corvette hello martin heather secret
merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5
patrick internet scooter orange 11111 golfer cookie richard samantha bigdog guitar jackson whatever
mickey chicken sparky snoopy maverick phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung
andrea smokey steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar monster
tigers yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple hardcore banana
junior hannah 123654 porsche lakers iceman money cowboys 987654 london tennis 999999 ncc1701 coffee
scooby 0000 miller boston q1w2e3r4 brandon yamaha chester mother forever johnny edward 333333 oliver
redsox player nikita knight fender barney midnight please brandy chicago badboy slayer rangers charles
angel flower bigdaddy rabbit wizard bigdick jasper enter rachel chris steven winner adidas victoria
natasha 1q2w3e4r jasmine winter prince panties marine ghbdtn fishing cocacola casper james 232323
raiders 888888 marlboro gandalf asdfasdf crystal 87654321 12344321 golden 8675309 panther lauren angela
thx1138 angels madison winston shannon mike toyota jordan23 canada sophie apples tiger 123abc pokemon
qazxsw 55555 qwaszx muffin johnson murphy cooper jonathan liverpoo david danielle 159357 jackie 1990
123456a 789456 turtle horny abcd1234 scorpion qazwsxedc 101010 butter carlos password1 dennis slipknot
qwerty123 booger asdf 1991 black startrek 12341234 cameron newyork rainbow nathan john 1992 rocket
viking redskins asdfghjkl 1212 sierra peaches gemini doctor wilson sandra helpme qwertyui victor florida
dolphin pookie captain tucker blue liverpool theman bandit dolphins maddog packers jaguar lovers
nicholas united tiffany maxwell zzzzzz nirvana jeremy suckit stupid porn monica elephant giants jackass
hotdog rosebud success debbie mountain 444444 xxxxxxxx warrior 1q2w3e4r5t q1w2e3 123456q albert metallic
lucky azerty 7777 shithead alex bond007 alexis 1111111 samson 5150 willie scorpio bonnie gators benjamin
voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a sydney rush2112 1989 asdfghjk
red123 bubba 4815162342 passw0rd trouble gunner happy fucker gordon legend jessie stella qwert eminem
arthur apple nissan bullshit bear america 1qazxsw2 nothing parker 4444 rebecca qweqwe garfield 01012011
beavis 69696969 jack asdasd december 2222 102030 252525 11223344 magic apollo skippy 315475 girls kitten
golf copper braves shelby godzilla beaver fred tomcat august buddy airborne 1993 1988 lifehack qqqqqq
brooklyn animal platinum phantom online xavier darkness blink182 power fish green 789456123 voyager
police travis 12qwaszx heaven snowball lover abcdef 00000 pakistan 007007 walter playboy blazer cricket
sniper hooters donkey willow loveme saturn therock redwings bigboy pumpkin trinity williams tits
nintendo digital destiny topgun runner marvin guinness chance bubbles testing fire november minecraft
asdf1234 lasvegas sergey broncos cartman private celtic birdie little cassie babygirl donald beatles
1313 dickhead family 12121212 school louise gabriel eclipse fluffy 147258369 lol123 explorer beer nelson
flyers spencer scott lovely gibson doggie cherry andrey snickers buffalo pantera metallica member carter
qwertyu peter alexande steve bronco paradise goober 5555 samuel montana1 mexico dreams michigan cock
carolina yankee friends magnum surfer poopoo maximus genius cool vampire lacrosse asd123 aaaa christin
kimberly speedy sharon carmen 111222 kristina sammy racing ou812 sabrina horses 0987654321 qwerty1
pimpin baby stalker enigma 147147 star poohbear boobies 147258 simple bollocks 12345q marcus brian 1987
qweasdzxc drowssap hahaha caroline barbara dave viper drummer action einstein bitches genesis hello1
scotty friend forest 010203 hotrod google vanessa spitfire badger maryjane friday alaska 1232323q tester
jester jake champion billy 147852 rock hawaii badass chevy 420420 walker stephen eagle1 bill 1986
october gregory svetlana pamela 1984 music shorty westside stanley diesel courtney 242424 kevin porno
hitman boobs mark 12345qwert reddog frank qwe123 popcorn patricia aaaaaaaa 1969 teresa mozart buddha
anderson paul melanie abcdefg security lucky1 lizard denise 3333 a12345 123789 ruslan stargate simpsons
scarface eagle 123456789a thumper olivia naruto 1234554321 general cherokee a123456 vincent usuck123
bubba1 hello123 1qaz2wsx3edc passport letmein1 password123 password12 password1234 password! p@ssw0rd
p@ssword pa55word pa55w0rd qwerty12345 qwerty1234 qwertyuiop123 1q2w3e4r5t6y 1q2w3e4r5t6y7u8i9o0p
zaq12wsx zaq1zaq1 zaq1xsw2 1qazxsw23edc !qaz2wsx iloveyou1 iloveyou2 iloveyou123 princess1 sunshine1
football1 baseball1 monkey123 dragon123 shadow123 superman123 batman123 welcome1 welcome123 welcome2020
admin admin123 admin1234 administrator root toor letmein123 changeme changeme123 default guest user
login test123 test1234 master123 abc12345 abcd12345 abc123456 a1b2c3d4 1a2b3c4d aa123456 qq123456
asd12345 zxc123 zxcvbnm123 1234567a 12345678a 123456789q 1234567890q 0123456789 9876543210 1111111111
0000000000 123123123123 1234512345 12345678910 11111111111 2222222222 7777777777 9999999999 5555555555
1212121212 1231231234 123456654321 qwertyqwerty asdfasdfasdf qazwsx123 qweasd qweasd123 qweasdzxc123
1qaz2wsx3edc4rfv mypassword mypass123 secret123 iloveu loveyou loveyou123 lovelove imissyou trustno1!
football123 baseball123 basketball soccer123 hockey123 sunshine123 starwars123 pokemon123 minecraft123
fortnite roblox computer123 internet123 samsung123 google123 apple123 microsoft windows windows10 linux
ubuntu facebook instagram twitter youtube whatsapp yahoo hotmail outlook gmail netflix spotify amazon
paypal bitcoin liverpool1 arsenal1 chelsea1 manchester barcelona realmadrid juventus ronaldo messi
neymar cristiano ronaldo7 messi10 maradona pele zidane football7 soccer10 goalkeeper striker blink123
charlie1 charlie123 daniel123 michael1 michael123 jessica1 jennifer1 ashley1 nicole1 jordan1 hunter1
hunter2 hunter123 tigger1 buster1 ginger1 pepper1 maggie1 bailey1 qwerty12 q1w2e3r4t5y6 asdfgh123
asdfghjkl123 zxcvbnm1 qazwsxedcrfv 1q2w3e 1q2w3e4r5 123qweasd 123qweasdzxc abcdefgh abcdefghi abcdefghij
abcdef123 aaaaaaaaaa qqqqqqqqqq zzzzzzzzzz xxxxxxxxxx asdasdasd qweqweqwe passwort passwort123
motdepasse azerty123 azertyuiop contrasena contraseña contrasena123 contraseña123 clave clave123
claveclave micontraseña micontrasena secreto secreto123 password2020 password2021 password2022
password2023 password2024 password2025 welcome2021 welcome2022 welcome2023 welcome2024 summer2020
summer2021 summer2022 summer2023 summer2024 winter2020 winter2021 winter2022 winter2023 winter2024
spring2023 autumn2023 january february march april june july september hola hola123 hola1234 holamundo
holahola teamo teamo123 teamomucho tequiero tequiero123 amor amor123 amormio miamor mivida corazon
corazon123 princesa princesa123 bonita hermosa linda chiquita mariposa estrella angelito angelita cielo
cielito sol solecito luna lunita familia familia123 chile chile123 chile1234 chilechile chile2010
chile2024 santiago santiago123 valparaiso vinadelmar concepcion temuco antofagasta iquique rancagua
talca arica puntaarenas colocolo colocolo91 colocolo123 albo albos cacique universidad udechile
laudechile lau bulla bullas uc catolica cruzados wanderers everton cobreloa huachipato palestino futbol
futbol123 pelota campeon campeones mundial america123 mexico123 argentina peru bolivia colombia
venezuela ecuador uruguay paraguay espana madrid barcelona1 sevilla pudahuel providencia maipu puente
nunoa lascondes vitacura laflorida penalolen victor123 empanada completo asado pisco piscola cerveza
vino chela carrete wena cachai pololo polola guagua cabro perro gato perrito gatito chocolate manzana
naranja frutilla platano helado tigre leon aguila halcon lobo toro caballo dragon1 dragones roberto
carlos123 juan juan123 jose jose123 luis luis123 pedro pedro123 diego diego123 felipe felipe123 cristian
cristian123 sebastian sebastian123 matias matias123 nicolas nicolas123 francisco francisco123 javier
javier123 pablo pablo123 rodrigo rodrigo123 camila camila123 valentina valentina123 francisca
francisca123 catalina catalina123 constanza constanza123 fernanda fernanda123 javiera javiera123 daniela
daniela123 carolina123 andrea123 maria maria123 mariajose josefa josefa123 antonia antonia123 sofia
sofia123 isidora martina agustina florencia florencia123 ignacia trinidad belen belen123 paula paula123
macarena macarena123 veronica patricia123 claudia claudia123 paola paola123 marcela marcela123 alejandra
alejandra123 alejandro alejandro123 gonzalo gonzalo123 ricardo ricardo123 fernando fernando123 eduardo
eduardo123 jorge jorge123 manuel manuel123 miguel miguel123 rafael rafael123 sergio sergio123 mauricio
mauricio123 patricio patricio123 claudio claudio123 hector hector123 oscar oscar123 jesus jesus123
jesucristo dios dios123 diosesamor diosteama bendicion gracias amen cristo virgen maria1 angel123
angeles cielo123 milagro esperanza fe paz empresa empresa123 negocio tienda tienda123 almacen ventas
ventas123 oficina trabajo trabajo123 usuario usuario123 administrador admin2024 sistema sistema123
soporte soporte123 prueba prueba123 pruebas test12345 demo demo123 temporal temporal123 nueva nueva123
nuevaclave cambiar cambiar123 cambiame acceso acceso123 ingreso entrar bienvenido bienvenido123 inicio
ayni ayni123 ayni1234 aynipass pyme pyme123 pymes sii rut facturas qwertyuiop1 1234567890a a1234567890
1234567890qwerty qwerty0987654321 asdfghjkl1 1qwertyuiop zxcvbnm12 mnbvcxz lkjhgfdsa poiuytrewq ytrewq
0987654321a 123456789abc abc1234567 qwer4321 4321rewq 1234rewq rewq4321 asdf4321 iloveyou12 iloveyou!
ilovemyself ilovemymom ilovemom ilovegod ilovejesus ilovemusic ilovemyfamily iloveme letmein12
letmeinnow openup opensesame open1234 unlock unlockme access123 accessdenied pass1234 pass12345
pass123456 password01 password11 password99 password7 password2 password3 passw0rd1 p4ssw0rd supersecret
topsecret secretpassword verysecret nopassword nopass mysecret secret1 secret12 secret1234 1234abcd
abcd123456 1qaz1qaz 2wsx3edc 1qaz!qaz qwe123qwe asd123asd zxc123zxc 123qwe123 qwe321 killer123
hello12345 helloworld hello1234 hellokitty goodluck goodbye godisgood blessed blessed1 jesus1
jesuschrist christ faith grace trinity1 angel1 angels1 heaven1 hallelujah mustang1 corvette1 camaro1
ferrari1 porsche911 mercedes1 bmw bmw123 audi audi123 toyota123 honda honda123 nissan123 yamaha1 suzuki
kawasaki harley1 ducati volvo marlboro1 jackdaniels whiskey vodka tequila corona heineken budweiser
guinness1 redbull starwars1 darthvader skywalker jedi yoda chewbacca startrek1 enterprise spock klingon
matrix1 neo morpheus zion gandalf1 frodo hobbit mordor sauron aragorn harrypotter hogwarts dumbledore
voldemort hermione pikachu charizard mario luigi zelda sonic megaman kirby donkeykong playstation xbox
nintendo1 gamecube halo callofduty warcraft starcraft diablo2 counterstrike worldofwarcraft
leagueoflegends dota2 overwatch pubg valorant spiderman ironman captainamerica thor hulk wolverine
deadpool joker avengers marvel superman1 batman1 wonderwoman flash aquaman greenlantern darkknight
gotham robin catwoman princess12 barbie hellokitty1 cinderella ariel disney mickeymouse minniemouse
snowwhite frozen naruto123 sasuke goku vegeta dragonball onepiece luffy pokemon1 bleach ichigo qwerty111
qwerty777 qwerty007 asdf123 asdf12345 zxcv1234 zxcvb12345 qwert12345 poiuy09876 lkjh0987
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
