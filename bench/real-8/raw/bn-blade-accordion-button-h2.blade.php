<section id="faq">
    <div class="faq5-section-area sp5">
        <div class="container">
            <div class="row">
                <div class="col-lg-4">
                    <div class="heading6 tags3">
                        <span data-aos="fade-up" data-aos-duration="800">এফএকিউ’স</span>
                        <div class="space16"></div>
                        <h2 data-aos="fade-up" data-aos-duration="1000">ফ্রিকোয়েন্টলি আস্কড কোয়েশ্চেন</h2>
                        <div class="space16"></div>
                        <p data-aos="fade-up" data-aos-duration="1100">"আল কোরআনের বৈজ্ঞানিক তাফসীর" বইটি নিয়ে ক্রেতা বা আগ্রহী পাঠকের মনে আসতে পারে এমন কিছু ফ্রিকোয়েন্টলি আস্কড কোয়েশ্চেন (FAQs)</p>
                        <div class="space32"></div>
                    </div>
                </div>
                <div class="col-lg-8">
                    <div class="faq3-widgets-area">
                        <div class="accordion accordion-flush" id="accordionFlushExample">
                            <div class="accordion-item" data-aos="fade-left" data-aos-duration="700">
                                <h2 class="accordion-header">
                                    <button class="accordion-button" type="button" data-bs-toggle="collapse"
                                        data-bs-target="#flush-collapseOne" aria-expanded="false"
                                        aria-controls="flush-collapseOne">
                                        এই বইটি কাদের জন্য উপযোগী?
                                    </button>
                                </h2>
                                <div id="flush-collapseOne" class="accordion-collapse collapse show"
                                    data-bs-parent="#accordionFlushExample">
                                    <div class="accordion-body">বইটি বিজ্ঞানমনস্ক ব্যক্তি, শিক্ষার্থী, গবেষক, ইসলামিক স্টাডিজের পাঠক, আলেম-ওলামা এবং সাধারণ ধর্মপ্রাণ মুসলিম—সবার জন্যই উপযোগী। বিশেষ করে যারা বিজ্ঞান ও কুরআনের সংযোগ বুঝতে আগ্রহী।</div>
                                </div>
                            </div>
                            <div class="accordion-item" data-aos="fade-left" data-aos-duration="800">
                                <h2 class="accordion-header">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"
                                        data-bs-target="#flush-collapseTwo" aria-expanded="false"
                                        aria-controls="flush-collapseTwo">
                                        বইটি কি শুধুমাত্র ধর্মীয় তাফসির?
                                    </button>
                                </h2>
                                <div id="flush-collapseTwo" class="accordion-collapse collapse"
                                    data-bs-parent="#accordionFlushExample">
                                    <div class="accordion-body">না, এটি ধর্মীয় তাফসিরের পাশাপাশি আধুনিক বিজ্ঞানের সাথে আয়াতগুলোর সামঞ্জস্য তুলে ধরে। প্রতিটি আয়াত ব্যাখ্যায় রয়েছে বাস্তব ও প্রমাণভিত্তিক বিশ্লেষণ।</div>
                                </div>
                            </div>
                            <div class="accordion-item" data-aos="fade-left" data-aos-duration="900">
                                <h2 class="accordion-header">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"
                                        data-bs-target="#flush-collapseThree" aria-expanded="false"
                                        aria-controls="flush-collapseThree">
                                        আমি বিজ্ঞান কম জানি, তবুও কি বুঝতে পারব?
                                    </button>
                                </h2>
                                <div id="flush-collapseThree" class="accordion-collapse collapse"
                                    data-bs-parent="#accordionFlushExample">
                                    <div class="accordion-body">হ্যাঁ, বইটি সহজ ভাষায় লেখা। কঠিন বৈজ্ঞানিক ধারণাগুলো ব্যাখ্যা করা হয়েছে সাধারণ পাঠকের বোঝার উপযোগী করে।</div>
                                </div>
                            </div>
                            <div class="accordion-item" data-aos="fade-left" data-aos-duration="1000">
                                <h2 class="accordion-header">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"
                                        data-bs-target="#flush-collapseFour" aria-expanded="false"
                                        aria-controls="flush-collapseFour">এটি কি একটি পূর্ণ কুরআনের তাফসির?</button>
                                </h2>
                                <div id="flush-collapseFour" class="accordion-collapse collapse"
                                    data-bs-parent="#accordionFlushExample">
                                    <div class="accordion-body">না, এটি সূরা আল ফাতিহা ও বাক্বারা-এর বৈজ্ঞানিক তাফসির। তবে বাকি খণ্ডগুলি খুব শিঘ্রই প্রকাশিত হবে। ইনশাহআল্লাহ</div>
                                </div>
                            </div>

                            <div class="accordion-item" data-aos="fade-left" data-aos-duration="1100">
                                <h2 class="accordion-header">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"
                                        data-bs-target="#flush-collapseFive" aria-expanded="false"
                                        aria-controls="flush-collapseFive">
                                        মূল লেখক ও অনুবাদক কে?
                                    </button>
                                </h2>
                                <div id="flush-collapseFive" class="accordion-collapse collapse"
                                    data-bs-parent="#accordionFlushExample">
                                    <div class="accordion-body">মূল ইংরেজি তাফসিরটি রচনা করেছেন অবসরপ্রাপ্ত লে. কর্নেল জাকারিয়া কামাল। বাংলা অনুবাদ ও সংকলন করেছেন মোহাম্মদ নুসরত হোসেন।</div>
                                </div>
                            </div>
                            <div class="accordion-item" data-aos="fade-left" data-aos-duration="1200">
                                <h2 class="accordion-header">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"
                                        data-bs-target="#flush-collapseSix" aria-expanded="false"
                                        aria-controls="flush-collapseSix">
                                        বইটিতে কি ইংরেজি অনুবাদও আছে?
                                    </button>
                                </h2>
                                <div id="flush-collapseSix" class="accordion-collapse collapse"
                                    data-bs-parent="#accordionFlushExample">
                                    <div class="accordion-body">হ্যাঁ, বইটিতে আরবি আয়াতের সাথে বাংলা ও ইংরেজি অনুবাদ রয়েছে, যাতে ইংরেজি মাধ্যমের পাঠকরাও বুঝতে পারেন।</div>
                                </div>
                            </div>
                            <div class="accordion-item" data-aos="fade-left" data-aos-duration="1300">
                                <h2 class="accordion-header">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"
                                        data-bs-target="#flush-collapseSeven" aria-expanded="false"
                                        aria-controls="flush-collapseSeven">
                                        বইটি কোথায় পাওয়া যাবে?
                                    </button>
                                </h2>
                                <div id="flush-collapseSeven" class="accordion-collapse collapse"
                                    data-bs-parent="#accordionFlushExample">
                                    <div class="accordion-body">সরাসরি সংগ্রহ করতে পারেন সরলরেখা প্রকাশনা সংস্থা থেকে (মগবাজার, ঢাকা)। অনলাইনে কিনতে: <a href="https://rkmri.co/eyANMAImpe5y/">সূরা আল বাক্বারা:</a> <a href="https://rkmri.co/E0Re0o5REM3M/">সূরা আল ফাতিহা:</a> এছাড়াও ফোন নং: ০১৭১৬৪৭৭৬০০</div>
                                </div>
                            </div>
                            <div class="accordion-item" data-aos="fade-left" data-aos-duration="1400">
                                <h2 class="accordion-header">
                                    <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse"
                                        data-bs-target="#flush-collapseEight" aria-expanded="false"
                                        aria-controls="flush-collapseEight">
                                        মূল ইংরেজী পুরো তাফসিরটি পাওয়া যাবে কি?
                                    </button>
                                </h2>
                                <div id="flush-collapseEight" class="accordion-collapse collapse"
                                    data-bs-parent="#accordionFlushExample">
                                    <div class="accordion-body">হ্যাঁ, মূল ইংরেজী পুরো তাফসিরটি পেতে এই ওয়েবসাইটটি ভিজিট করুন https://www.alqurantafsir.com/।</div>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>

</section>
