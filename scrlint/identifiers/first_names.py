"""Common first names in England, to recognise a person the language model misses.

spaCy's small model tags many full names as organisations ("Sophie Turner", "Tyrone
Baptiste"); a known first name before a surname-shaped word settles it. The list holds given
names common among children and adults in England and Wales over the last sixty years, from
many backgrounds. It is not meant to be complete: it only adds to what the model and the
patterns find. Words that are far more often something else ("May", "Will", "Hope", "Mark")
are left out.
"""

from __future__ import annotations

from scrlint.identifiers.words import word_set

FIRST_NAMES = word_set(
    """
    Aaliyah Aaron Abbie Abdi Abdul Abdullah Abigail Ada Adaeze Adam Adrian Agnieszka Ahmed Aidan
    Aiden Aisha Alan Albert Albie Alex Alexander Alexandra Alfie Ali Alice Alicia Alina Alisha
    Alison Amal Amara Amelia Amina Amir Amit Amy Ana Andre Andrea Andrei Andrew Andrzej Angela
    Anita Ann Anna Anne Annie Anthony Antonio Archie Ariana Arlo Arthur Asha Ashley Ashton
    Aurora Ava Ayaan Ayden Ayesha Bailey Barbara Barry Beatrice Bella Ben Benjamin Bethany
    Beverley Bilal Billy Blessing Bobby Bogdan Bradley Brandon Brian Brody Brooke Bryony Caitlin
    Caleb Callum Cameron Carl Carly Carol Caroline Carys Casey Cerys Chantelle Charlie Charlotte
    Chelsea Cheryl Chidi Chioma Chloe Chris Christina Christine Christopher Ciara Claire Clare
    Colin Connor Corey Courtney Craig Dale Damian Daniel Daniela Danielle Danny Darcey Darcy
    Darius Darren Dave David Dawid Dean Debbie Deborah Declan Demi Denisa Denise Dennis Derek
    Dominic Donna Douglas Dovile Dylan Eddie Eden Edward Eileen Eleanor Elena Eli Elijah Elise
    Elizabeth Ella Ellie Elliot Elliott Ellis Eloise Elsie Emily Emma Emmanuel Erin Esme Ethan
    Eva Evan Evie Ewa Ezra Faduma Faisal Farah Fatima Femi Finley Finn Fiona Florence Florin
    Frances Francesca Frankie Freddie Freya Gabriel Gareth Gary Gavin Gemma George Georgia
    Gerald Gillian Gordon Grace Graham Gurpreet Hafsa Hamza Hannah Harley Harlow Harriet
    Harrison Harry Harvey Hassan Hayden Hayley Heather Helen Henry Hodan Hollie Hugo Hussain Ian
    Ibrahim Ikenna Imogen Imran Ioana Ionut Isaac Isabel Isabella Isabelle Isla Ismail Jack
    Jackson Jacob Jacqueline Jade Jake Jakub James Jamie Jane Janet Jasmine Jason Javier Jaxon
    Jayden Jayne Jeffrey Jennifer Jenny Jenson Jeremy Jesse Jessica Joanna Joanne Jodie Joe Joel
    Johanna John Jonas Jonathan Jordan Joseph Josephine Joshua Josie Julia Julie Justin Kacey
    Kacper Kai Kaitlyn Kamal Kane Karen Karim Karl Kasia Katarzyna Kate Katherine Kathleen
    Kathryn Katie Kayden Kayla Keeley Keira Keith Kelly Kenneth Kenzie Kerry Kevin Khadija Kian
    Kieran Kim Kimberley Kirsty Kobe Kofi Krzysztof Kwame Kyle Kyron Lacey Laila Lara Laura
    Lauren Layla Leah Leanne Lee Leighton Lena Leo Leon Leonie Lewis Lexi Leyla Liam Libby Lily
    Linda Lindsay Lisa Logan Lola Lorraine Louis Louise Lucas Lucy Lukas Luke Lydia Lynn Lynne
    Macy Maddison Madison Magdalena Maisie Maisy Maja Malik Mandy Marcus Marek Maria Marie
    Marion Marley Marta Martin Martyn Mary Mason Mateusz Matilda Matthew Maureen Maya Megan
    Melanie Melissa Mia Michael Michaela Michelle Mikolaj Milena Millie Mitchell Mohamed
    Mohammad Mohammed Molly Muhammad Mustafa Mya Nadia Naomi Nasir Natalia Natalie Natasha
    Nathan Nathaniel Neil Nevaeh Ngozi Niamh Nicholas Nicola Nicole Nigel Nikita Nikola Nina
    Noah Noor Olamide Oliver Olivia Oliwia Oluwaseun Omar Oscar Owen Paige Pamela Patricia
    Patrick Paul Paula Pauline Peter Philip Phoebe Piotr Poppy Precious Priya Rachel Rahul
    Rajesh Rayyan Rebecca Reece Reggie Remi Reuben Rhianna Rhys Ricky Riley Rio Robert Robyn
    Ronnie Rory Rosie Ross Roxana Ruby Ruta Ryan Sadia Sally Samantha Samuel Sandra Sara Sarah
    Scarlett Scott Sean Shannon Sharon Shaun Shauna Sheila Shelley Sian Simon Simone Sinead Skye
    Sofia Sophia Sophie Stacey Stephanie Stephen Steven Stuart Susan Suzanne Szymon Tamara
    Tamsin Tanya Tara Tayla Teddy Tegan Teresa Terry Theo Theodore Thomas Tia Tiana Tiffany
    Tilly Toby Tom Tomas Tomasz Tommy Tony Tracey Tracy Trevor Tunde Tyler Tyrone Tyson Usman
    Vanessa Victoria Vincent Warsame Wayne Wendy Wiktoria William Yasmin Yusra Yusuf Zac Zach
    Zachary Zainab Zak Zara Zayn Zion Zoe Zofia Zuzanna
    """
)
