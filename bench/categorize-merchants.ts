/**
 * What the categorization data generator draws from: kinds of spending and income, each with
 * its own amounts, rhythm and merchants. Brands are real chains as banks print them (written
 * independently of the keyword map, and including chains it does not know); local names are
 * built from a kind's nouns; opaque names ("NORTHWIND TRADING LLC") carry no hint at all.
 * Each kind names its category in two charts: FinGood's default, and an hledger-style one.
 */

export interface Kind {
  id: string;
  /** -1 money out, +1 money in. */
  sign: -1 | 1;
  /** Median amount in minor units and log-normal spread. */
  median: number;
  spread: number;
  /** Rows per month, roughly. */
  perMonth: number;
  /** A bill on a fixed day of the month with the same amount (slight drift allowed). */
  monthly?: boolean;
  online?: boolean;
  account: 'card' | 'checking' | 'savings';
  brands: readonly string[];
  /** Nouns for local businesses ("Diner", "Plumbing"); none = no local merchants. */
  localNouns?: readonly string[];
  opaqueShare?: number;
  default: string;
  ledger: string;
}

export const KINDS: readonly Kind[] = [
  { id: 'coffee', sign: -1, median: 575, spread: 0.45, perMonth: 14, account: 'card', default: 'Meals & Entertainment', ledger: 'Expenses:Food:Coffee',
    brands: ['STARBUCKS', 'DUNKIN', "PEET'S COFFEE", 'DUTCH BROS', 'TIM HORTONS', 'CARIBOU COFFEE', 'BLUE BOTTLE COFFEE', 'PHILZ COFFEE', 'COSTA COFFEE', 'CAFFE NERO', 'BLACK ROCK COFFEE', "PJ'S COFFEE", 'BIGGBY COFFEE', 'LA COLOMBE', 'VERVE COFFEE', 'JOE & THE JUICE'],
    localNouns: ['COFFEE ROASTERS', 'ESPRESSO BAR', 'CAFE', 'COFFEE CO', 'BAKERY'] },
  { id: 'dining', sign: -1, median: 4200, spread: 0.6, perMonth: 9, account: 'card', default: 'Meals & Entertainment', ledger: 'Expenses:Food:Restaurants',
    brands: ['OLIVE GARDEN', 'CHEESECAKE FACTORY', "CHILI'S", 'OUTBACK STEAKHOUSE', 'TEXAS ROADHOUSE', "APPLEBEE'S", 'RED ROBIN', 'PF CHANGS', 'BUFFALO WILD WINGS', 'NANDOS', 'WAGAMAMA', 'YARD HOUSE', 'FIRST WATCH', 'BJS RESTAURANT', 'TRUE FOOD KITCHEN', 'SEASONS 52', 'NOBU'],
    localNouns: ['DINER', 'GRILL', 'BISTRO', 'TAQUERIA', 'TRATTORIA', 'SUSHI BAR', 'STEAKHOUSE', 'NOODLE HOUSE', 'THAI KITCHEN', 'PIZZERIA', 'TAVERN'], opaqueShare: 0.15 },
  { id: 'fast_food', sign: -1, median: 1150, spread: 0.45, perMonth: 8, account: 'card', default: 'Meals & Entertainment', ledger: 'Expenses:Food:Restaurants',
    brands: ["MCDONALD'S", 'CHIPOTLE', 'SUBWAY', 'TACO BELL', "WENDY'S", 'BURGER KING', 'CHICK-FIL-A', 'PANERA BREAD', 'FIVE GUYS', 'SHAKE SHACK', 'SWEETGREEN', 'QDOBA', 'JERSEY MIKES', 'WINGSTOP', 'PANDA EXPRESS', 'RAISING CANES', 'CAVA', 'PRET A MANGER', 'GREGGS', 'WHATABURGER', 'POTBELLY', 'JIMMY JOHNS', 'CULVERS', 'IN-N-OUT BURGER', 'DIG INN', 'MENDOCINO FARMS', 'TENDER GREENS'],
    localNouns: ['BURGERS', 'DELI', 'BAGELS', 'TACOS', 'HOT DOGS'] },
  { id: 'groceries', sign: -1, median: 6800, spread: 0.7, perMonth: 7, account: 'card', default: 'Groceries', ledger: 'Expenses:Food:Groceries',
    brands: ['WHOLE FOODS MARKET', "TRADER JOE'S", 'SAFEWAY', 'KROGER', 'PUBLIX', 'WEGMANS', 'H-E-B', 'ALDI', 'LIDL', 'FOOD LION', 'SPROUTS FARMERS MKT', 'GIANT EAGLE', 'STOP & SHOP', 'TESCO', "SAINSBURY'S", 'WAITROSE', 'HARRIS TEETER', 'MEIJER', 'RALPHS', 'HY-VEE', 'NEW SEASONS MARKET', 'MOM\'S ORGANIC MARKET', 'PCC COMMUNITY MARKETS', 'MARKET OF CHOICE', 'GELSONS'],
    localNouns: ['MARKET', 'FRESH MARKET', 'GROCERY', 'FOOD CO-OP', 'SUPERMARKET'] },
  { id: 'fuel', sign: -1, median: 5200, spread: 0.35, perMonth: 4, account: 'card', default: 'Car & Travel', ledger: 'Expenses:Transport:Fuel',
    brands: ['SHELL OIL', 'CHEVRON', 'EXXONMOBIL', 'BP', 'ARCO', 'VALERO', 'SUNOCO', 'CITGO', 'SPEEDWAY', 'CIRCLE K', 'WAWA', 'SHEETZ', 'QUIKTRIP', 'MARATHON PETRO', 'PHILLIPS 66', 'COSTCO GAS', 'ESSO', 'TEXACO', 'GATE PETROLEUM', 'STINKER STORES', 'KWIK FILL'],
    localNouns: ['FUEL', 'GAS & GO', 'PETROLEUM', 'FUEL STOP'] },
  { id: 'rideshare', sign: -1, median: 2300, spread: 0.55, perMonth: 4, account: 'card', online: true, default: 'Car & Travel', ledger: 'Expenses:Transport:Taxi',
    brands: ['UBER *TRIP', 'LYFT *RIDE', 'CURB TAXI', 'YELLOW CAB', 'BOLT.EU', 'FREENOW', 'ADDISON LEE', 'ALTO RIDES', 'REVEL TRANSIT'] },
  { id: 'parking', sign: -1, median: 1400, spread: 0.6, perMonth: 2, account: 'card', default: 'Car & Travel', ledger: 'Expenses:Transport:Parking',
    brands: ['PARKMOBILE', 'SPOTHERO', 'SP PLUS PARKING', 'LAZ PARKING', 'PAYBYPHONE', 'ACE PARKING', 'E-ZPASS', 'FASTRAK', 'SUNPASS', 'IMPARK', 'PREMIUM PARKING', 'METROPOLIS PARKING'],
    localNouns: ['PARKING GARAGE', 'PARKING'] },
  { id: 'airline', sign: -1, median: 34000, spread: 0.5, perMonth: 0.6, account: 'card', online: true, default: 'Car & Travel', ledger: 'Expenses:Travel:Flights',
    brands: ['UNITED AIRLINES', 'DELTA AIR LINES', 'AMERICAN AIRLINES', 'SOUTHWEST AIRLINES', 'JETBLUE AIRWAYS', 'ALASKA AIRLINES', 'BRITISH AIRWAYS', 'LUFTHANSA', 'EASYJET', 'RYANAIR', 'AIR CANADA', 'KLM', 'FRONTIER AIRLINES', 'BREEZE AIRWAYS'] },
  { id: 'hotel', sign: -1, median: 21000, spread: 0.5, perMonth: 0.6, account: 'card', default: 'Car & Travel', ledger: 'Expenses:Travel:Lodging',
    brands: ['MARRIOTT', 'HILTON HOTELS', 'HAMPTON INN', 'HYATT REGENCY', 'HOLIDAY INN EXPRESS', 'COURTYARD BY MARRIOTT', 'BEST WESTERN', 'AIRBNB', 'PREMIER INN', 'WESTIN', 'SHERATON', 'KIMPTON', 'ACE HOTEL', 'SONDER', 'SELINA'] },
  { id: 'software', sign: -1, median: 2900, spread: 0.8, perMonth: 5, monthly: true, account: 'card', online: true, default: 'Software & Subscriptions', ledger: 'Expenses:Subscriptions:Software',
    brands: ['ADOBE *CREATIVE CLD', 'GOOGLE *GSUITE', 'MICROSOFT 365', 'DROPBOX', 'SLACK TECHNOLOGIES', 'ZOOM.US', 'NOTION LABS', 'ATLASSIAN', 'GITHUB', 'FIGMA', 'CANVA', 'QUICKBOOKS ONLINE', 'XERO', '1PASSWORD', 'OPENAI *CHATGPT', 'CALENDLY', 'DOCUSIGN', 'LINEAR ORBIT', 'RETOOL', 'POSTHOG', 'LOOM', 'AIRTABLE', 'MIRO', 'FRAMER', 'SUPERHUMAN', 'RAYCAST'],
    opaqueShare: 0.2 },
  { id: 'hosting', sign: -1, median: 4500, spread: 0.9, perMonth: 2, monthly: true, account: 'card', online: true, default: 'Software & Subscriptions', ledger: 'Expenses:Subscriptions:Software',
    brands: ['AMAZON WEB SERVICES', 'DIGITALOCEAN', 'HEROKU', 'VERCEL', 'NETLIFY', 'CLOUDFLARE', 'GODADDY', 'NAMECHEAP', 'LINODE', 'RENDER.COM', 'FLY.IO', 'HETZNER ONLINE', 'SQUARESPACE'] },
  { id: 'streaming', sign: -1, median: 1599, spread: 0.3, perMonth: 2, monthly: true, account: 'card', online: true, default: 'Entertainment', ledger: 'Expenses:Subscriptions:Streaming',
    brands: ['NETFLIX.COM', 'SPOTIFY USA', 'HULU', 'DISNEY PLUS', 'HBO MAX', 'YOUTUBE PREMIUM', 'APPLE.COM/BILL', 'PARAMOUNT+', 'PEACOCK', 'AUDIBLE', 'SIRIUSXM', 'NEBULA'] },
  { id: 'telecom', sign: -1, median: 8500, spread: 0.2, perMonth: 1, monthly: true, account: 'checking', default: 'Telephone & Internet', ledger: 'Expenses:Utilities:Phone',
    brands: ['VERIZON WIRELESS', 'AT&T MOBILITY', 'T-MOBILE', 'MINT MOBILE', 'GOOGLE FI', 'VODAFONE', 'EE LIMITED', 'RINGCENTRAL', 'US MOBILE'] },
  { id: 'internet', sign: -1, median: 7999, spread: 0.1, perMonth: 1, monthly: true, account: 'checking', default: 'Telephone & Internet', ledger: 'Expenses:Utilities:Internet',
    brands: ['COMCAST CABLE', 'XFINITY', 'SPECTRUM', 'COX COMMUNICATIONS', 'CENTURYLINK', 'VERIZON FIOS', 'STARLINK', 'SONIC.NET', 'ZIPLY FIBER', 'GOOGLE FIBER'] },
  { id: 'utilities', sign: -1, median: 13000, spread: 0.35, perMonth: 1.5, monthly: true, account: 'checking', default: 'Utilities', ledger: 'Expenses:Utilities:Electricity',
    brands: ['PG&E', 'CON EDISON', 'DUKE ENERGY', 'PUGET SOUND ENERGY', 'XCEL ENERGY', 'DOMINION ENERGY', 'SEATTLE CITY LIGHT', 'NATIONAL GRID', 'OCTOPUS ENERGY', 'BRITISH GAS', 'EVERSOURCE', 'GEORGIA POWER', 'CLARK PUBLIC UTILITIES', 'SMUD'],
    localNouns: ['WATER DISTRICT', 'PUBLIC UTILITIES', 'ELECTRIC COOP'] },
  { id: 'insurance', sign: -1, median: 15000, spread: 0.4, perMonth: 1, monthly: true, account: 'checking', default: 'Insurance', ledger: 'Expenses:Insurance',
    brands: ['GEICO', 'PROGRESSIVE', 'STATE FARM', 'ALLSTATE', 'LIBERTY MUTUAL', 'HISCOX', 'NEXT INSURANCE', 'THE HARTFORD', 'LEMONADE', 'AVIVA', 'TRAVELERS', 'NATIONWIDE', 'COTERIE INSURANCE', 'EMBROKER'] },
  { id: 'rent', sign: -1, median: 240000, spread: 0.05, perMonth: 1, monthly: true, account: 'checking', default: 'Rent & Lease', ledger: 'Expenses:Housing:Rent',
    brands: ['WEWORK', 'REGUS', 'INDUSTRIOUS', 'GREYSTAR', 'BILT RENT'], localNouns: ['PROPERTY MANAGEMENT', 'PROPERTIES', 'REALTY', 'APARTMENTS'] },
  { id: 'office', sign: -1, median: 3800, spread: 0.7, perMonth: 2, account: 'card', default: 'Office Supplies', ledger: 'Expenses:Office',
    brands: ['STAPLES', 'OFFICE DEPOT', 'OFFICEMAX', 'ULINE', 'QUILL.COM', 'W.B. MASON', 'RYMAN', 'POSTABLES'] },
  { id: 'shipping', sign: -1, median: 1800, spread: 0.7, perMonth: 2, account: 'card', default: 'Shipping & Freight', ledger: 'Expenses:Business:Shipping',
    brands: ['USPS PO', 'FEDEX', 'UPS', 'THE UPS STORE', 'DHL EXPRESS', 'PIRATE SHIP', 'STAMPS.COM', 'ROYAL MAIL', 'SHIPPO', 'EASYSHIP'] },
  { id: 'advertising', sign: -1, median: 15000, spread: 0.9, perMonth: 2, account: 'card', online: true, default: 'Advertising & Marketing', ledger: 'Expenses:Business:Marketing',
    brands: ['FACEBK ADS', 'GOOGLE *ADS', 'LINKEDIN ADS', 'MAILCHIMP', 'TIKTOK ADS', 'PINTEREST ADS', 'VISTAPRINT', 'YELP ADS', 'REDDIT ADS', 'KLAVIYO', 'BEEHIIV', 'CONVERTKIT'] },
  { id: 'professional', sign: -1, median: 60000, spread: 0.7, perMonth: 0.7, account: 'checking', default: 'Legal & Professional Fees', ledger: 'Expenses:Business:Professional',
    brands: ['LEGALZOOM', 'BENCH ACCOUNTING', 'H&R BLOCK', 'PILOT.COM', 'ROCKET LAWYER', 'CLERKY'], localNouns: ['CPA', 'LAW GROUP', 'ACCOUNTING', '& ASSOCIATES LLP', 'CONSULTING'], opaqueShare: 0.2 },
  { id: 'contractors', sign: -1, median: 120000, spread: 0.6, perMonth: 1.5, account: 'checking', default: 'Subcontractors', ledger: 'Expenses:Business:Contractors',
    brands: ['UPWORK', 'FIVERR', 'TOPTAL', 'DEEL INC', 'CONTRA WORK'], opaqueShare: 0.6 },
  { id: 'bank_fees', sign: -1, median: 1500, spread: 0.5, perMonth: 1, monthly: true, account: 'checking', default: 'Bank Fees', ledger: 'Expenses:Bank:Fees',
    brands: ['MONTHLY SERVICE FEE', 'WIRE TRANSFER FEE', 'FOREIGN TRANSACTION FEE', 'OVERDRAFT FEE', 'ATM FEE', 'ACCOUNT ANALYSIS FEE'] },
  { id: 'payroll', sign: -1, median: 450000, spread: 0.15, perMonth: 2, account: 'checking', default: 'Wages & Salaries', ledger: 'Expenses:Business:Payroll',
    brands: ['GUSTO', 'ADP PAYROLL', 'PAYCHEX', 'RIPPLING', 'JUSTWORKS', 'ONPAY'] },
  { id: 'payroll_tax', sign: -1, median: 90000, spread: 0.2, perMonth: 1, monthly: true, account: 'checking', default: 'Payroll Tax', ledger: 'Expenses:Taxes:Payroll',
    brands: ['ADP TAX', 'GUSTO TAX', 'PAYCHEX TAX', 'EFTPS', 'HMRC PAYE'] },
  { id: 'income_tax', sign: -1, median: 300000, spread: 0.5, perMonth: 0.3, account: 'checking', default: 'Income Tax', ledger: 'Expenses:Taxes:Income',
    brands: ['IRS USATAXPYMT', 'FRANCHISE TAX BOARD', 'NYS DTF PIT', 'HMRC SELF ASSESSMENT', 'OR DEPT OF REVENUE'] },
  { id: 'payouts', sign: 1, median: 180000, spread: 0.6, perMonth: 4, account: 'checking', default: 'Sales', ledger: 'Income:Sales',
    brands: ['STRIPE TRANSFER', 'SHOPIFY PAYMENTS', 'SQUARE INC', 'PAYPAL TRANSFER', 'ETSY DEPOSIT', 'AMAZON PAYMENTS', 'GUMROAD', 'LEMON SQUEEZY'] },
  { id: 'clients', sign: 1, median: 350000, spread: 0.6, perMonth: 3, account: 'checking', default: 'Services', ledger: 'Income:Consulting', brands: [], opaqueShare: 1 },
  { id: 'interest', sign: 1, median: 850, spread: 0.6, perMonth: 1, monthly: true, account: 'savings', default: 'Interest Income', ledger: 'Income:Interest',
    brands: ['INTEREST PAYMENT', 'INTEREST EARNED', 'CREDIT INTEREST'] },
  { id: 'shopping', sign: -1, median: 4500, spread: 0.9, perMonth: 5, account: 'card', default: 'Shopping', ledger: 'Expenses:Shopping',
    brands: ['AMAZON MKTPLACE PMTS', 'TARGET', 'WALMART', 'COSTCO WHSE', 'BEST BUY', 'IKEA', 'TJ MAXX', 'ETSY.COM', 'EBAY', 'MACYS', 'NORDSTROM', 'HOME GOODS', 'APPLE STORE', 'JOHN LEWIS', 'ARGOS', 'UNIQLO', 'REI', 'ZARA', 'MUJI', 'GOOD AMERICAN', 'WARBY PARKER'],
    localNouns: ['BOUTIQUE', 'GIFT SHOP', 'OUTFITTERS'] },
  { id: 'health', sign: -1, median: 2600, spread: 0.8, perMonth: 1.5, account: 'card', default: 'Health', ledger: 'Expenses:Health',
    brands: ['CVS/PHARMACY', 'WALGREENS', 'RITE AID', 'BOOTS', 'ONE MEDICAL', 'QUEST DIAGNOSTICS', 'PLANET FITNESS', 'EQUINOX', 'ORANGETHEORY', 'FORWARD HEALTH', 'CARBON HEALTH'],
    localNouns: ['DENTAL', 'PHYSICAL THERAPY', 'FAMILY MEDICINE', 'CHIROPRACTIC', 'PHARMACY'] },
  { id: 'education', sign: -1, median: 9900, spread: 0.8, perMonth: 0.6, account: 'card', online: true, default: 'Training & Education', ledger: 'Expenses:Education',
    brands: ['UDEMY', 'COURSERA', 'LINKEDIN LEARNING', 'MASTERCLASS', 'SKILLSHARE', "O'REILLY MEDIA", 'MAVEN CLASSES', 'FRONTEND MASTERS', 'EGGHEAD.IO'] },
  { id: 'repairs', sign: -1, median: 9000, spread: 0.8, perMonth: 1, account: 'card', default: 'Repairs & Maintenance', ledger: 'Expenses:Housing:Maintenance',
    brands: ['HOME DEPOT', "LOWE'S", 'ACE HARDWARE', 'TRUE VALUE', 'SCREWFIX', 'HARBOR FREIGHT', 'ROTO-ROOTER'],
    localNouns: ['PLUMBING', 'ELECTRIC', 'HVAC', 'HANDYMAN SERVICES', 'ROOFING', 'LOCKSMITH', 'CLEANING SERVICES'] },
  { id: 'charity', sign: -1, median: 5000, spread: 0.7, perMonth: 0.5, account: 'card', default: 'Charity', ledger: 'Expenses:Gifts:Charity',
    brands: ['RED CROSS', 'UNICEF', 'DOCTORS WITHOUT BORDERS', 'WIKIMEDIA', 'GOFUNDME', 'UNITED WAY', 'GIVEDIRECTLY', 'PATREON'] },
  { id: 'owner_draw', sign: -1, median: 250000, spread: 0.4, perMonth: 1, account: 'checking', default: 'Owner Draws', ledger: 'Transfers:Owner',
    brands: ['ONLINE TRANSFER TO CHK', 'ZELLE TO OWNER', 'TRANSFER TO PERSONAL'] },
];

export const SURNAMES = ['ROSSI', 'NGUYEN', 'GARCIA', 'MILLER', "O'BRIEN", 'KOWALSKI', 'PATEL', 'SCHMIDT', 'HARRIS', 'LOPEZ', 'CHEN', 'MORALES', 'BAKER', 'FISCHER', 'MURPHY', 'SATO', 'DUBOIS', 'SILVA', 'NOVAK', 'BERG'];
export const PLACES = ['RIVERSIDE', 'OAK STREET', 'HARBOR', 'MAPLE', 'UNION SQUARE', 'PINE HILL', 'LAKESIDE', 'OLD TOWN', 'CEDAR', 'BAYVIEW', 'MILL CREEK', 'NORTHGATE'];
/** Names that say nothing about what was bought. */
/** Each is used by at most one merchant (a name means one business). */
export const OPAQUE = [
  'NORTHWIND TRADING', 'ZENTRIX', 'BLUEFIN PARTNERS', 'KELLER & SONS', 'ARCADIA GROUP', 'TRIDENT WORKS', 'OKAPI LABS', 'VERANO HOLDINGS', 'QUILLON',
  'MARLOW & CO', 'HALCYON', 'PARAGON SOLUTIONS', 'SILVERLINE', 'BRIGHTWAVE', 'IRONBARK', 'LUMEN & KITE', 'ORCHID ROW', 'NIMBUS', 'ASHGROVE', 'TALLOW',
  'CORVID', 'PELICAN BAY', 'GRANITE PEAK', 'SABLE', 'VANTAGE POINT', 'WREN & FOX', 'ALDER', 'CINDER', 'KESTREL', 'MOSAIC', 'BRAMBLE & OAK', 'CALLISTO',
  'DRIFTWOOD', 'EMBERLY', 'FENWICK', 'GALLOWAY', 'HOLLIS', 'INKWELL', 'JUNIPER & PINE', 'KINGSLEY', 'LARKSPUR', 'MERIDIAN', 'NORTHSTAR', 'OSPREY',
  'PRAIRIE', 'QUARRY', 'REDFERN', 'SOLSTICE', 'THISTLE', 'UMBER', 'VESPER', 'WILLOWBY', 'YARROW', 'ZEPHYR', 'ATLAS & CO', 'BEACON HILL', 'COBALT',
  'DUNMORE', 'ELDRIDGE', 'FOXGLOVE', 'GREYSTONE', 'HAWTHORN', 'IVORY', 'JASPER', 'KILN', 'LODESTAR', 'MARIGOLD', 'NEWHAVEN', 'OBSIDIAN', 'PEMBROKE',
];
export const CITIES = ['SEATTLE WA', 'PORTLAND OR', 'AUSTIN TX', 'DENVER CO', 'BOSTON MA', 'CHICAGO IL', 'SAN FRANCISCO CA', 'BROOKLYN NY', 'ATLANTA GA', 'PHOENIX AZ', 'BELLEVUE WA', 'KIRKLAND WA', 'SOMERVILLE MA', 'BOULDER CO', 'DECATUR GA', 'EVANSTON IL', 'TEMPE AZ', 'BEAVERTON OR', 'ROUND ROCK TX', 'LONDON GB', 'MANCHESTER GB', 'OAKLAND CA', 'MINNEAPOLIS MN', 'ASHEVILLE NC', 'MISSOULA MT'];
